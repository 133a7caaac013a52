/**
 * Retailers of the retail-media product (seed 002): their signing keys (encrypted at rest), the request
 * signature, and their catalog.
 */
package io.trackline.retail;
