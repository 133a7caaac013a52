/**
 * The OpenAPI document at {@code /openapi}: Liberty builds it from the resources' annotations, and
 * {@link io.trackline.web.openapi.ApiDocumentFilter} completes it with what the scanner cannot see (the wire
 * records of the enterprise beans' {@code api} packages, errors as problems, public operations said to be
 * public) and with the examples. The document is built once per start and holds no state of its own.
 *
 * <p>Every example is in one place, {@code examples.json} beside {@link io.trackline.web.openapi.ApiExamples},
 * by operation id: request bodies, success answers, the shared problems and the parameters. Not in
 * {@code @ExampleObject} or {@code @Schema(example = ...)} annotations, because half the bodies (the MMP
 * parameters, the signed retail bodies, the enterprise beans' records) are not described by annotations at
 * all, so annotations would make two ways; and because a JSON file holds an example as JSON, as it goes on
 * the wire, where an annotation holds it as a Java string. The end-to-end tests ({@code PlatformIT}) check every example
 * of the served document against the schema it illustrates, and that every JSON body has one.
 */
package io.trackline.web.openapi;
