/**
 * The live widget: the overlay page (and its host form), its assets, its totals and its server-sent
 * event stream. A stream starts with a snapshot (or a replay of what a reconnecting overlay missed), then
 * carries one event per counted postback, with heartbeats; connections hold no thread.
 */
package io.trackline.web.widget;
