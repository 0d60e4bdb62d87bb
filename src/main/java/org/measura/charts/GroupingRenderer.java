package org.measura.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/** The score renderer of one panel; it also wraps each marker it draws (bands, cut-off, termination) in its group. */
final class GroupingRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private final transient Map<Marker, SvgGroup> groups = new IdentityHashMap<>();

    GroupingRenderer() {
        super(true, true);
    }

    void group(Marker marker, SvgGroup group) {
        groups.put(marker, group);
    }

    @Override
    public void drawDomainMarker(Graphics2D g2, XYPlot plot, ValueAxis domainAxis, Marker marker,
            Rectangle2D dataArea) {
        SvgGroup group = groups.get(marker);
        if (group != null) {
            group.begin(g2);
        }
        super.drawDomainMarker(g2, plot, domainAxis, marker, dataArea);
        if (group != null) {
            group.end(g2);
        }
    }

    @Override
    public void drawRangeMarker(Graphics2D g2, XYPlot plot, ValueAxis rangeAxis, Marker marker,
            Rectangle2D dataArea) {
        SvgGroup group = groups.get(marker);
        if (group != null) {
            group.begin(g2);
        }
        super.drawRangeMarker(g2, plot, rangeAxis, marker, dataArea);
        if (group != null) {
            group.end(g2);
        }
    }
}
