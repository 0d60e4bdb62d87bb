package org.measura.trends;

import java.time.LocalDate;

/**
 * One administration's score on one scale. {@code session} (nullable) numbers therapy sessions, gaps meaning missed
 * sessions; {@code phase} is nullable; the band arrives with the point (the scorer already knows it).
 * {@code origin} is the caller's reference to the administration (e.g. "/administrations/3"), echoed in errors.
 */
public record Point(LocalDate date, Integer session, Phase phase, double score, String bandId, String bandLabel,
        String origin) {

    public static Point of(LocalDate date, Integer session, Phase phase, double score) {
        return new Point(date, session, phase, score, null, null, null);
    }
}
