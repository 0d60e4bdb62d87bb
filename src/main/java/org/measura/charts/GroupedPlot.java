package org.measura.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** One panel: an XYPlot whose single dataset (the scores) is drawn inside the series group. */
final class GroupedPlot extends XYPlot {

    private static final long serialVersionUID = 1L;

    private final transient SvgGroup series;

    GroupedPlot(XYDataset dataset, ValueAxis rangeAxis, XYItemRenderer renderer, SvgGroup series) {
        super(dataset, null, rangeAxis, renderer);
        this.series = series;
    }

    @Override
    public boolean render(Graphics2D g2, Rectangle2D dataArea, int index, PlotRenderingInfo info,
            CrosshairState crosshairState) {
        series.begin(g2);
        boolean found = super.render(g2, dataArea, index, info, crosshairState);
        series.end(g2);
        return found;
    }
}
