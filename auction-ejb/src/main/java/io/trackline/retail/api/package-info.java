/**
 * What the web modules see of retailers: their settings and keys as the management API shows them, the
 * Standard Webhooks header names, a signed request as received and, once its signature holds, the retailer
 * it comes from with its replay key; and the services they call, as interfaces that
 * {@code io.trackline.retail.application} implements (signature verification, replay claims, the catalog,
 * retailer management).
 */
package io.trackline.retail.api;
