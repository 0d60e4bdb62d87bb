package org.measura.trends;

import java.util.List;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;

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

    /**
     * A catalog scale's series: label, direction and figures from the definition, with the caller's overrides.
     *
     * @throws TrendInputException when an override is out of range
     */
    public static ScaleSeries ofCatalog(InstrumentDefinition definition, Scale scale, CallerFigures overrides,
            List<Point> points) throws TrendInputException {
        String label = scale.name().contains(definition.abbreviation()) ? scale.name()
                : definition.abbreviation() + " " + scale.name();
        return new ScaleSeries(definition.id(), scale.id(), label, ScoreDirection.of(scale.direction()),
                PsychometricsResolver.fromCatalog(definition.id(), scale, overrides), points);
    }

    /** "instrument/scale", as used in error reasons. */
    public String key() {
        return instrumentId + "/" + scaleId;
    }
}
