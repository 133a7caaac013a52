/**
 * The MMP partner API under {@code /mmp} (seed 001): {@code postback} and {@code s2sevent} (GET or POST),
 * {@code click} and {@code report}. Parameters come from the query string, a form body or a JSON body,
 * under every spelling the seed uses; they are read once per request into {@link
 * io.trackline.web.mmp.S2SParameters}, where the token interceptor and the resources find them.
 */
package io.trackline.web.mmp;
