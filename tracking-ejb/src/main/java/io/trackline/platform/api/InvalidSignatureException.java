package io.trackline.platform.api;

/**
 * A signed request whose signature is missing or does not match, or names an unknown signer, or is of a
 * scheme its signer does not accept: 400, with the same answer in every case, so that nobody learns which
 * signers exist or what they accept.
 */
public class InvalidSignatureException extends ProblemException {

    public InvalidSignatureException() {
        super("The request's signature (X-STREAEM-HASH, or the webhook-id, webhook-timestamp and"
                + " webhook-signature headers) is missing or does not match the request.");
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(400, "invalid-signature", "Invalid signature", getMessage());
    }
}
