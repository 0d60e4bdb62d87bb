package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A point referred to by a comparison. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PointRef(LocalDate date, Integer session, Phase phase, double score) {

    static PointRef of(Point p) {
        return new PointRef(p.date(), p.session(), p.phase(), Texts.r2(p.score()));
    }
}
