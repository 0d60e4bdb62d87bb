package org.measura.trends;

import java.time.LocalDate;

/**
 * One administration's score on one scale. {@code session} (nullable) numbers therapy sessions, gaps meaning missed
 * sessions; {@code phase} is nullable; the band arrives with the point (the scorer already knows it).
 * {@code administration} is the caller's number for the administration it came from (its index in the request, a
 * Bundle entry's index), by which faults are located; null where there is none.
 */
public record Point(LocalDate date, Integer session, Phase phase, double score, String bandId, String bandLabel,
        Integer administration) {

    public static Point of(LocalDate date, Integer session, Phase phase, double score) {
        return new Point(date, session, phase, score, null, null, null);
    }
}
