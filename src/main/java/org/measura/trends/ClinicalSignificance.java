package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Clinical significance of one comparison: the category (absent when it cannot be judged), whether the start was on
 * the clinical side of the cut-off and the end on the functional side, the cut-off value, and for
 * Hageman–Arrindell the individual clinical-significance index.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClinicalSignificance(
        Category category,
        Boolean clinicalAtStart,
        Boolean functionalAtEnd,
        Double cutoff,
        Double individualSignificance,
        String explanation) {
}
