package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * NHS Talking Therapies paired classification (docs/reference/change-methods.md §8) from the first and last paired
 * PHQ-9 and GAD-7 scores: caseness at start, recovery, reliable improvement, reliable deterioration, reliable recovery,
 * no reliable change. {@code computed} is false, with the reason in {@code summary}, when there are fewer than two
 * paired administrations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalkingTherapiesOutcome(
        boolean computed,
        int pairedAdministrations,
        PointRef phq9First,
        PointRef phq9Last,
        PointRef gad7First,
        PointRef gad7Last,
        List<Classification> classifications,
        String summary,
        List<String> notes) {
}
