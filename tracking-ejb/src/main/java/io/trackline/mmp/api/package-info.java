/** What the web module sees of the MMP context: commands, receipts, the authenticated app and reports. */
package io.trackline.mmp.api;
