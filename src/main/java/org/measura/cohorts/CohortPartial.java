package org.measura.cohorts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.measura.trends.ScoreDirection;

/**
 * The exact state a cohort answer follows from: per group, counts of clients and of unanalysed clients by the kind of
 * fault, and per measure the {@link Count}s, the {@link Sum}s (exact decimals written as strings, so no reader rounds
 * them) and the reliable-change methods used. Partials of disjoint sets of clients merge into the partial of their
 * union by adding; {@code format} names this shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortPartial(String format, List<Group> groups) {

    public static final String FORMAT = "measura-cohort-partial/1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(String group, long clients, long unanalysed, Map<String, Long> faults, List<Measure> measures,
            Map<String, Long> talkingTherapies) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(String instrument, String scale, String label, ScoreDirection direction,
            Map<String, Long> counts, Map<String, String> sums, Map<String, Long> methods) {
    }
}
