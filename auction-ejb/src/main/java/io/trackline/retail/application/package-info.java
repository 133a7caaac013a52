/** Signature checking for every retail request, with replay protection, and the retailers of the demo. */
package io.trackline.retail.application;
