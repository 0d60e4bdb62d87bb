package org.measura.trends;

import java.util.List;

/**
 * Everything the engine needs about one scale of one client: identity, which way is better, the psychometric
 * figures (see {@link PsychometricsResolver}) and the points in any order.
 */
public record ScaleSeries(String instrumentId, String scaleId, String label, ScoreDirection direction,
        Psychometrics psychometrics, List<Point> points) {

    public ScaleSeries {
        points = points == null ? List.of() : List.copyOf(points);
        psychometrics = psychometrics == null ? Psychometrics.none() : psychometrics;
        label = label == null ? instrumentId + "/" + scaleId : label;
    }

    /** "instrument/scale", as used in error reasons. */
    public String key() {
        return instrumentId + "/" + scaleId;
    }
}
