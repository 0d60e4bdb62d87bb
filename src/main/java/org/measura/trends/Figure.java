package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One psychometric figure with where it came from: {@code source} is a source id of the instrument definition or
 * {@value #CALLER}; {@code basis} says what the figure is (e.g. "Cronbach's alpha; no test-retest coefficient in the
 * definition").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(double value, String source, String basis) {

    public static final String CALLER = "caller-supplied";

    public static Figure caller(double value) {
        return new Figure(value, CALLER, "supplied by the caller for this request");
    }
}
