package org.measura.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** Draws a JFreeChart annotation inside an SVG group (a sudden gain or loss). */
final class GroupedAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final XYAnnotation annotation;
    private final transient SvgGroup group;

    GroupedAnnotation(XYAnnotation annotation, SvgGroup group) {
        this.annotation = annotation;
        this.group = group;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        group.begin(g2);
        annotation.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        group.end(g2);
    }
}
