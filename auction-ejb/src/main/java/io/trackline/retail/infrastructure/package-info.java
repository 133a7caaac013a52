/**
 * The adapters of the retail ports: retailers, their sealed signing keys and their catalogs, read and
 * written with JDBC. They begin no transaction: each statement joins the caller's, if there is one.
 */
package io.trackline.retail.infrastructure;
