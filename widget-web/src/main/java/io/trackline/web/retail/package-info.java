/**
 * The retail-media partner API (seed 002): auctions and their decision traces, the catalog feed, and the
 * shopper events (clicks, products shown). Every request is a signed JSON body:
 * {@link io.trackline.web.retail.SignedBodyReading} keeps the body as sent, for the signature check
 * ({@link io.trackline.web.security.SignedRequest}) and then for the resource.
 */
package io.trackline.web.retail;
