package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A published reference sample for a scale. {@code population} is general, clinical or functional, so that
 * trend comparisons know which cut-off formula it may feed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Norm(String id, String name, NormPopulation population, @JsonProperty(required = true) double mean, @JsonProperty(required = true) double sd, Integer n, String source) {
}
