package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A published reliability coefficient: {@code kind} is alpha or test-retest. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reliability(String kind, @JsonProperty(required = true) double value, String sample, String source) {
}
