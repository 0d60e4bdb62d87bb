package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cutoff(String id, String label, @JsonProperty(required = true) double value, Comparison comparison, String source, String note) {

    public boolean reachedBy(double score) {
        return comparison.holds(score, value);
    }
}
