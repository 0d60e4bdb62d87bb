package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.measura.catalog.Comparison;

/**
 * The clinical cut-off a scale's clinical significance is judged against. {@code type} is {@code published},
 * {@code caller-supplied}, {@code a}, {@code b}, {@code c} or the Hageman–Arrindell {@code a-true}, {@code b-true},
 * {@code c-true}; {@code comparison} names the clinical side for published or caller cut-offs that state it;
 * {@code clinicalSide} says it in words; {@code derivation} shows the arithmetic. {@code value} is absent, with
 * {@code missing} filled, when no cut-off can be had.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CutoffUsed(
        Double value,
        String type,
        Comparison comparison,
        String clinicalSide,
        String derivation,
        String source,
        List<FigureUsed> figures,
        List<String> missing) {
}
