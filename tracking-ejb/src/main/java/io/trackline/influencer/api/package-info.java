/** What the web module sees of influencer tracking: commands, receipts, widget keys, live events, errors. */
package io.trackline.influencer.api;
