/** The overview page. */
package io.trackline.dashboard.web;
