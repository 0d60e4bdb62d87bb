package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One scale of a client against the expected response for its baseline band: per session after the baseline, the
 * expected median and bands, the client's position and status, with a sentence; the first session off track (at risk
 * or not on track). {@code tracked} is false, with the reason, when there is no curve for the measure or the baseline
 * band, or nothing after the baseline to compare.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpectedResponseTrack(
        String instrument,
        String scale,
        String baselineBand,
        boolean tracked,
        String reason,
        int atRiskPercentile,
        int notOnTrackPercentile,
        List<Session> sessions,
        Session firstOffTrack,
        String summary) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(int session, LocalDate date, double score, Double expectedMedian, Double p25, Double p75,
            Double p10, Double p90, String position, TrackStatus status, String explanation) {
    }
}
