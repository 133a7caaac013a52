package io.trackline.platform.api;

/**
 * A signed request whose signature is missing or does not match, or names an unknown signer: 400, with
 * the same answer in every case, so that nobody learns which signers exist.
 */
public class InvalidSignatureException extends ProblemException {

    public InvalidSignatureException() {
        super("The X-STREAEM-HASH signature is missing or does not match the request.");
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(400, "invalid-signature", "Invalid signature", getMessage());
    }
}
