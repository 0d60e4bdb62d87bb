package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.measura.catalog.Comparison;

/**
 * A published or caller-supplied clinical cut-off. {@code comparison} names the clinical side as in the catalog
 * ("at-or-above 10": 10 and more is clinical); it is null for a caller-supplied cut-off that did not say, and then the
 * strict tests of docs/reference/change-methods.md §2 apply (a score exactly on the cut-off is neither clinical nor
 * functional).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CutoffFigure(double value, Comparison comparison, String id, String label, String source, String basis) {
}
