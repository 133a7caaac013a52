/**
 * What the web module sees of retailers: their settings and keys as the management API shows them, a
 * signed request as received and, once its signature holds, the retailer it comes from with its replay key.
 */
package io.trackline.retail.api;
