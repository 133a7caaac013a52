/**
 * Input held to one strict set of rules on every API, before any of it is used: text is UTF-8 or refused,
 * a JSON key or a parameter given twice (with two values) is refused, JSON nests at most 32 levels, a body
 * bound to a record has no member the record does not have and no whole number out of its field's range.
 * Each refusal is a 400 problem naming the field. Nothing here keeps state.
 */
package io.trackline.web.input;
