package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One session-to-session interval examined as a sudden gain or loss (Tang &amp; DeRubeis criteria,
 * docs/reference/change-statistics.md §7). {@code preSession} is the pre-gain session n−1, {@code postSession} the
 * post-gain session n; {@code magnitude} the change in the healthy direction for a gain (in the unhealthy one for a
 * loss); {@code stabilityMet} is absent when the stability test is off or could not be evaluated (fewer than 2 points
 * on a side). {@code confirmed} is true only when every applied criterion held. {@code reversed}: a later point lies
 * beyond the midpoint between the pre- and post-gain scores (more than half the gain lost, as suddengains {@code
 * create_bysg}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuddenShift(
        String kind,
        int preSession,
        int postSession,
        LocalDate preDate,
        LocalDate postDate,
        double preScore,
        double postScore,
        double magnitude,
        boolean absoluteMet,
        boolean relativeMet,
        Boolean stabilityMet,
        Integer pointsBefore,
        Integer pointsAfter,
        Double meanBefore,
        Double meanAfter,
        Double pooledSd,
        Double tCritical,
        boolean confirmed,
        Boolean reversed,
        Integer reversalSession,
        Double reversalValue,
        String explanation) {
}
