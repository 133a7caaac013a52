/**
 * Server-to-server event tracking and attribution for apps and web (seed 001): apps and their S2S tokens,
 * declared events, tracking links and clicks, app users attributed at first sight (click, fingerprint or
 * organic), events with revenue, sessions, and the per-day report.
 */
package io.trackline.mmp;
