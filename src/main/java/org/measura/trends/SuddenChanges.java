package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Sudden gains and losses of one scale. {@code sessionNumbering} says whether the caller's session numbers were
 * used or the points were numbered in date order; {@code candidates} are intervals where the absolute and relative
 * criteria held but the stability test failed or could not be evaluated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuddenChanges(
        boolean evaluated,
        String sessionNumbering,
        Double absoluteCutoff,
        String absoluteCutoffSource,
        double relativeShare,
        boolean stabilityTest,
        boolean firstIntervalExamined,
        int intervalsExamined,
        List<SuddenShift> gains,
        List<SuddenShift> losses,
        List<SuddenShift> candidates,
        String explanation) {

    /** Not examined ({@code explanation} says why); {@code absoluteCutoff} is null when there is none. */
    static SuddenChanges notExamined(String sessionNumbering, Double absoluteCutoff, String absoluteCutoffSource,
            TrendOptions options, String explanation) {
        return new SuddenChanges(false, sessionNumbering, absoluteCutoff, absoluteCutoffSource,
                options.suddenGainRelativeShare(), options.suddenGainStabilityTest(),
                options.suddenGainsFromFirstMeasurement(), 0, List.of(), List.of(), List.of(), explanation);
    }
}
