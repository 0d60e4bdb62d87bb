package org.measura.charts;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * One panel: an XYPlot with one dataset per scale, each drawn inside its series group, and a header of text above
 * the plot area (see {@link PanelHeader}).
 */
final class GroupedPlot extends XYPlot {

    private static final long serialVersionUID = 1L;

    private final transient Map<Integer, SvgGroup> series = new HashMap<>();
    private final transient PanelHeader header;

    GroupedPlot(ValueAxis rangeAxis, PanelHeader header) {
        super(null, null, rangeAxis, null);
        this.header = header;
    }

    void addSeries(int index, XYDataset dataset, XYItemRenderer renderer, SvgGroup group) {
        setDataset(index, dataset);
        setRenderer(index, renderer);
        mapDatasetToRangeAxis(index, 0);
        series.put(index, group);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        AxisSpace fixed = getFixedRangeAxisSpace();
        double left = area.getMinX() + (fixed == null ? 0 : fixed.getLeft()) + getInsets().getLeft();
        double right = area.getMaxX() - (fixed == null ? 0 : fixed.getRight()) - getInsets().getRight();
        double height = Math.min(header.height(g2, left, right), area.getHeight() / 3);
        header.draw(g2, left, right, area.getMinY());
        super.draw(g2, new Rectangle2D.Double(area.getX(), area.getY() + height, area.getWidth(),
                area.getHeight() - height), anchor, parentState, info);
    }

    @Override
    public boolean render(Graphics2D g2, Rectangle2D dataArea, int index, PlotRenderingInfo info,
            CrosshairState crosshairState) {
        SvgGroup group = series.get(index);
        if (group != null) {
            group.begin(g2);
        }
        boolean found = super.render(g2, dataArea, index, info, crosshairState);
        if (group != null) {
            group.end(g2);
        }
        return found;
    }
}
