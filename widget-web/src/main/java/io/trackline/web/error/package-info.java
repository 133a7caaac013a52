/**
 * Exception mappers and request filters that turn every failure of the JAX-RS application into an
 * RFC 9457 problem: unknown paths, wrong methods and media types, malformed or oversized bodies, invalid
 * fields and unexpected failures (which answer an incident id and never a stack trace).
 */
package io.trackline.web.error;
