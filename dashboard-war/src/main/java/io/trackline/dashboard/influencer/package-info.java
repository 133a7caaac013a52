/** The influencer tracking screens: reports, widgets with their overlay preview. */
package io.trackline.dashboard.influencer;
