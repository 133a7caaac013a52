/** Retailers and their sealed signing keys, read and written with JDBC. */
package io.trackline.retail.infrastructure;
