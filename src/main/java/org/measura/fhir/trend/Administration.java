package org.measura.fhir.trend;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;

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

    /** A scale's score at this administration, and the Observation written for it. */
    record ScaleScore(InstrumentDefinition definition, Scale scale, double score, String bandId, String bandLabel,
            Observation observation) {

        String key() {
            return definition.id() + "/" + scale.id();
        }
    }
}
