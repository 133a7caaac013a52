package io.trackline.platform.api;

/** A secret just made: shown to its owner this once, stored only as a hash or sealed. */
public record IssuedSecret(String id, String secret) {
}
