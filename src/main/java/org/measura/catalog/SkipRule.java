package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * A published skip instruction: when item {@code ifItem} was answered {@code equals}, this item is not asked
 * and is scored {@code scoreAs}.
 */
public record SkipRule(String ifItem, @JsonProperty(required = true) int equals, @JsonProperty(required = true) int scoreAs, String source) {
}
