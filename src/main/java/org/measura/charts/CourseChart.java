package org.measura.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;

/** A client's course as a JFreeChart: panels of scales, all sharing one x axis by date or session (small multiples). */
final class CourseChart {

    private CourseChart() {
    }

    static JFreeChart build(Course course, AxisKind axisKind, CourseText text, ChartSize size) {
        List<CoursePanel> panels = course.panels();
        Typography type = Typography.forSize(size, panels.size());
        CourseAxis axis = CourseAxis.of(axisKind, panels);
        TickAxis x = new TickAxis(axis.label(), axis::ticks);
        x.setRange(axis.range().from(), axis.range().to());
        x.setLabelFont(type.axisLabel());
        x.setLabelPaint(Palette.TEXT);
        x.setTickLabelFont(type.tickLabel());
        x.setTickLabelPaint(Palette.TEXT);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(type.px(14));
        ElementIds ids = new ElementIds();
        Set<Element> drawn = EnumSet.noneOf(Element.class);
        for (CoursePanel panel : panels) {
            plot.add(PanelPlots.build(panel, axis, course.sessions(), type, ids, drawn), 1);
        }
        plot.setFixedLegendItems(legend(drawn));

        JFreeChart chart = new JFreeChart(text.title(), type.title(), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(Palette.TEXT);
        TextTitle subtitle = new TextTitle(text.convention(), type.subtitle());
        subtitle.setPaint(Palette.MUTED_TEXT);
        subtitle.setPadding(new RectangleInsets(2, 8, 6, 8));
        chart.addSubtitle(0, subtitle);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(type.legend());
        legend.setItemPaint(Palette.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
        return chart;
    }

    /** One legend entry per kind of element that appears, drawn as it is on the chart. */
    private static LegendItemCollection legend(Set<Element> drawn) {
        LegendItemCollection items = new LegendItemCollection();
        Shape line = new Line2D.Double(-10, 0, 10, 0);
        Shape square = new Rectangle2D.Double(-6, -6, 12, 12);
        for (Element e : drawn) {
            LegendItem item = switch (e) {
                case SERIES -> new LegendItem(e.legend, null, null, null, true,
                        new Ellipse2D.Double(-4.5, -4.5, 9, 9), true, Palette.SCORE, true, Color.WHITE,
                        Palette.SCORE_LINE, true, line, Palette.SCORE_LINE, Palette.SCORE);
                case BAND -> new LegendItem(e.legend, null, null, null, square, Palette.band(2, 4),
                        Palette.TERMINATION_LINE, Palette.GRID);
                case CUTOFF -> new LegendItem(e.legend, null, null, null, line, Palette.CUTOFF_LINE, Palette.CUTOFF);
                case RELIABLE_CHANGE -> new LegendItem(e.legend, null, null, null, square, Palette.RELIABLE_CHANGE,
                        Palette.RELIABLE_CHANGE_EDGE_LINE, Palette.RELIABLE_CHANGE_EDGE);
                case EXPECTED_RESPONSE -> new LegendItem(e.legend, null, null, null, square,
                        Palette.EXPECTED_RESPONSE, Palette.EXPECTED_MEDIAN_LINE, Palette.EXPECTED_MEDIAN);
                case TERMINATION -> new LegendItem(e.legend, null, null, null, new Line2D.Double(0, -7, 0, 7),
                        Palette.TERMINATION_LINE, Palette.TERMINATION);
                case FOLLOW_UP -> new LegendItem(e.legend, null, null, null, square, Palette.FOLLOW_UP,
                        Palette.TERMINATION_LINE, Palette.ORANGE);
                case SUDDEN_GAIN -> new LegendItem(e.legend, null, null, null,
                        ShapeUtils.createUpTriangle(5), Palette.SUDDEN_GAIN);
                case SUDDEN_LOSS -> new LegendItem(e.legend, null, null, null,
                        ShapeUtils.createDownTriangle(5), Palette.SUDDEN_LOSS);
                case MISSED_SESSION -> new LegendItem(e.legend, null, null, null, square, Palette.MISSED_SESSION);
                case AXIS_BREAK -> new LegendItem(e.legend, null, null, null, square, Palette.AXIS_BREAK,
                        Palette.AXIS_BREAK_LINE, Palette.AXIS_BREAK_EDGE);
                case DIRECTION, LABEL -> null;
            };
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }
}
