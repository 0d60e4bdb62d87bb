package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A published cut-off. It is "reached" when the score lies on the side the label names ({@code comparison}, e.g.
 * at-or-above 10 for PHQ-9 caseness, below 13 for WHO-5 poor well-being). {@code recovery} marks the one cut-off of a
 * scale that separates clinical from non-clinical for clinical-significance and recovery classification.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cutoff(String id, String label, @JsonProperty(required = true) double value, Comparison comparison,
        Boolean recovery, String source, String note) {

    public boolean isRecovery() {
        return Boolean.TRUE.equals(recovery);
    }

    public boolean reachedBy(double score) {
        return comparison.holds(score, value);
    }
}
