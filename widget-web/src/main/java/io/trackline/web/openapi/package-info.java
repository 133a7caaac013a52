/**
 * The OpenAPI document at {@code /openapi}: Liberty builds it from the resources' annotations, and
 * {@link io.trackline.web.openapi.ApiDocumentFilter} completes it with what the scanner cannot see (the wire
 * records of the enterprise beans' {@code api} packages, errors as problems, public operations said to be
 * public). The document is built once per start and holds no state of its own.
 */
package io.trackline.web.openapi;
