/** The influencer tracker's partner API: {@code POST /tracker/{access_key}} and test alerts. */
package io.trackline.web.influencer;
