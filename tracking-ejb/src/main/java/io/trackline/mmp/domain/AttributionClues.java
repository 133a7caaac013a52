package io.trackline.mmp.domain;

import java.util.List;

/**
 * What a new user's first call offers for attribution: the click ids it names, in order of preference,
 * and the visitor's fingerprints (under today's and yesterday's hash keys).
 */
public record AttributionClues(List<String> clickIds, List<String> fingerprints) {
}
