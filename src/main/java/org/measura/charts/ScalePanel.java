package org.measura.charts;

import java.util.List;
import org.measura.catalog.Band;
import org.measura.catalog.Range;
import org.measura.trends.ExpectedResponseTrack;
import org.measura.trends.ScaleTrend;

/**
 * One panel of a course chart: the engine's trend for a scale, with the scale's severity bands and range from its
 * definition (empty and null for a caller's own measure, which has neither), and the scale's course against the
 * expected response when the request sent curves for it (else null).
 */
public record ScalePanel(ScaleTrend trend, List<Band> bands, Range range, ExpectedResponseTrack expected) {
    public ScalePanel {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public ScalePanel(ScaleTrend trend, List<Band> bands, Range range) {
        this(trend, bands, range, null);
    }

    public String key() {
        return trend.instrumentId() + "/" + trend.scaleId();
    }
}
