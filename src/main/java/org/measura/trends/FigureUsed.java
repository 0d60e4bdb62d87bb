package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A figure that entered a calculation: its request name ({@link FigureName#wire()}), value, source and what it is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureUsed(String name, double value, String source, String basis) {

    static FigureUsed of(FigureName name, Figure f) {
        return new FigureUsed(name.wire(), f.value(), f.source(), f.basis());
    }
}
