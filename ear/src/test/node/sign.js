// Signs what StandardWebhooksIT asks, with the official Standard Webhooks package, as a retailer's server
// would: Trackline's own code never computes these signatures.
// stdin: a JSON array of {"secrets": ["whsec_…", …], "id": "…", "timestamp": <unix seconds>, "payload": "…"}
// stdout: a JSON array of webhook-signature header values, one per case: a signature per secret, space-separated
// (several while keys rotate), each made by new Webhook(secret).sign(id, date, payload).
"use strict";

const { Webhook } = require("standardwebhooks");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  input += chunk;
});
process.stdin.on("end", () => {
  const headers = JSON.parse(input).map((request) =>
    request.secrets
      .map((secret) => new Webhook(secret).sign(request.id, new Date(request.timestamp * 1000), request.payload))
      .join(" ")
  );
  process.stdout.write(JSON.stringify(headers));
});
