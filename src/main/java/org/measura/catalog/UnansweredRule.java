package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * An item that may be left unanswered by design (e.g. a sex-specific item) and then counts as {@code scoreAs},
 * not as missing.
 */
public record UnansweredRule(@JsonProperty(required = true) int scoreAs, String reason, String source) {
}
