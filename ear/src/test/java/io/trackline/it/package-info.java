/**
 * End-to-end tests of the whole EAR on Liberty, against whichever database the environment configures
 * (embedded H2 by default, MariaDB with {@code TRACKLINE_DB_URL}). One server start per run.
 */
package io.trackline.it;
