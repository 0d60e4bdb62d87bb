package org.measura.fhir.trend;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;
import org.measura.trends.TrendAnalysis;

/**
 * One administration read from a Bundle entry (a response scored here, or a score Observation read back): its date
 * and place in the course, one score per scale with the Observation written for it, and every Observation written
 * (flags and criteria of a response too).
 *
 * @param path      FHIRPath of the entry's resource, e.g. Bundle.entry[3].resource
 * @param effective the date-time the Observations carry (a response's authored, an Observation's effective time)
 */
record Administration(int index, String path, LocalDate date, DateTimeType effective, Course course,
        boolean preliminary, List<ScaleScore> scores, List<Observation> observations) {

    /**
     * The administration as the trend use case reads one sent with scores: the instrument, the date, session and
     * phase, and each scale's score (the band is the scale's for the score, as the scorer gave it).
     */
    TrendAnalysis.AdministrationInput input() {
        Map<String, Double> byScale = new LinkedHashMap<>();
        scores.forEach(s -> byScale.put(s.scale().id(), s.score()));
        return new TrendAnalysis.AdministrationInput(scores.get(0).definition().id(), date.toString(),
                course.session(), course.phase() == null ? null : course.phase().wire(), null, byScale, null);
    }

    /** A scale's score at this administration, and the Observation written for it. */
    record ScaleScore(InstrumentDefinition definition, Scale scale, double score, Observation observation) {

        String key() {
            return definition.id() + "/" + scale.id();
        }
    }
}
