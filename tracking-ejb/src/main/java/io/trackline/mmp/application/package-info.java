/**
 * MMP services. Events go in through {@link io.trackline.mmp.application.EventIntake}: token and declared
 * events come from caches, an unseen user is attributed from reads outside the write transaction, then the
 * event is group-committed by {@link io.trackline.mmp.application.EventService}. Clicks, reports and the
 * demo app live here too.
 */
package io.trackline.mmp.application;
