package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The engine's answer for one request: one entry per scale, the NHS Talking Therapies pair when present, the
 * administrations at which a risk item was not answered, and, when expected-response curves were supplied, each
 * scale against them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrendReport(List<ScaleTrend> scales, TalkingTherapiesOutcome talkingTherapies, DefenseStyle defenseStyle,
        List<UnassessedRiskAt> unassessedRisks, List<String> notes, List<ExpectedResponseTrack> expectedResponse) {

    public TrendReport(List<ScaleTrend> scales, TalkingTherapiesOutcome talkingTherapies, DefenseStyle defenseStyle,
            List<UnassessedRiskAt> unassessedRisks, List<String> notes) {
        this(scales, talkingTherapies, defenseStyle, unassessedRisks, notes, null);
    }

    public TrendReport withExpectedResponse(List<ExpectedResponseTrack> tracks) {
        return new TrendReport(scales, talkingTherapies, defenseStyle, unassessedRisks, notes, tracks);
    }
}
