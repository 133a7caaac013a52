/** The server-to-server tracking screens: apps with their events and links, reports. */
package io.trackline.dashboard.mmp;
