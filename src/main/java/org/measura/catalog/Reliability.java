package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A published reliability coefficient: {@code kind} is alpha or test-retest, null when the definition wrote neither. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reliability(ReliabilityKind kind, @JsonProperty(required = true) double value, String sample, String source) {
}
