/**
 * End-to-end tests of the whole EAR on Liberty, against whichever database the environment configures
 * (embedded H2 by default, MariaDB with {@code TRACKLINE_DB_URL}). One server start and one deployment per
 * run ({@link io.trackline.it.TracklineIT}): a test makes the state it needs (a new influencer, retailer,
 * app or address) and never counts on a fresh server. Tests wait with Awaitility ({@link
 * io.trackline.it.Waiting}), and set the server's clock ahead ({@link io.trackline.it.ServerClock}) rather
 * than wait for time to pass.
 */
package io.trackline.it;
