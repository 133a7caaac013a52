/** The request signature (canonical string, HMAC) and the encryption of signing keys at rest. */
package io.trackline.retail.domain;
