package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The engine's answer for one request: one entry per scale, the NHS Talking Therapies pair when present, and the
 * administrations at which a risk item was not answered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrendReport(List<ScaleTrend> scales, TalkingTherapiesOutcome talkingTherapies, DefenseStyle defenseStyle,
        List<UnassessedRiskAt> unassessedRisks, List<String> notes) {
}
