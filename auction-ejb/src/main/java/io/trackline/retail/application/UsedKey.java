package io.trackline.retail.application;

import io.trackline.platform.application.JsonMessages;
import io.trackline.retail.api.ReplayClaims.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;

/** A replay key used up on one node, as the cluster bus carries it to the others (the key is the message's). */
record UsedKey(byte[] digest, Answer answer) {

    byte[] encode() {
        JsonObjectBuilder json = JsonMessages.object().add("digest", Base64.getEncoder().encodeToString(digest));
        if (answer != null) {
            JsonObjectBuilder kept = JsonMessages.object().add("status", answer.status())
                    .add("body", Base64.getEncoder().encodeToString(answer.body()));
            if (answer.mediaType() != null) {
                kept.add("media_type", answer.mediaType());
            }
            json.add("answer", kept);
        }
        return JsonMessages.bytes(json);
    }

    static UsedKey decode(byte[] value) {
        JsonObject json = JsonMessages.read(value);
        JsonObject kept = json.getJsonObject("answer");
        Answer answer = kept == null ? null : new Answer(kept.getInt("status"), kept.getString("media_type", null),
                Base64.getDecoder().decode(kept.getString("body")));
        return new UsedKey(Base64.getDecoder().decode(json.getString("digest")), answer);
    }
}
