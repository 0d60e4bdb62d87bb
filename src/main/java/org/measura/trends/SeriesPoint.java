package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** One point of the ordered series as returned. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesPoint(LocalDate date, Integer session, Phase phase, double score, String bandId,
        String bandLabel) {

    static SeriesPoint of(Point p) {
        return new SeriesPoint(p.date(), p.session(), p.phase(), Texts.r2(p.score()), p.bandId(), p.bandLabel());
    }
}
