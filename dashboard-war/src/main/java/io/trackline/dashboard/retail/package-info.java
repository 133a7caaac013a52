/** The retail media screens: retailers and their signing keys, reports with charts, decision traces. */
package io.trackline.dashboard.retail;
