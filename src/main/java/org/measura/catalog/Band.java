package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * A severity band as published, with inclusive whole-score bounds. A score that is not a whole number (after
 * prorating) belongs to the band with the highest lower bound it reaches.
 */
public record Band(String id, String label, @JsonProperty(required = true) double min, @JsonProperty(required = true) double max) {
}
