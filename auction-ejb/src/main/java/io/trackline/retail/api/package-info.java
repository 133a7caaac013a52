/** What the web module sees of retailers: the retailer a signed request comes from. */
package io.trackline.retail.api;
