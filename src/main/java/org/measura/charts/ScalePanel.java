package org.measura.charts;

import java.util.List;
import org.measura.catalog.Band;
import org.measura.catalog.Range;
import org.measura.trends.ScaleTrend;

/**
 * One panel of a course chart: the engine's trend for a scale, with the scale's severity bands and range from its
 * definition (empty and null for a caller's own measure, which has neither).
 */
public record ScalePanel(ScaleTrend trend, List<Band> bands, Range range) {
    public ScalePanel {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public String key() {
        return trend.instrumentId() + "/" + trend.scaleId();
    }
}
