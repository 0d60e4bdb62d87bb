package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A clinic's expected response on one measure for clients starting in one baseline severity band (absent: clients of
 * any band): per session, the number of clients, mean, SD and the 10th, 25th, 50th, 75th and 90th percentiles of the
 * score. POST /cohorts/expected-response derives these; a clinic may supply its own in the same shape.
 * {@code omitted} lists sessions left out for having too few clients.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpectedCurve(
        String instrument,
        String scale,
        String label,
        ScoreDirection direction,
        String baselineBand,
        String baselineBandLabel,
        Long clients,
        List<Cell> sessions,
        List<Omitted> omitted) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(Integer session, Long n, Double mean, Double sd, Double p10, Double p25, Double p50, Double p75,
            Double p90) {
    }

    public record Omitted(int session, long n) {
    }

    public String key() {
        return instrument + "/" + scale;
    }
}
