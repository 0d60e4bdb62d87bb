package org.measura.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.measura.trends.SeriesPoint;

/** A client's course as a JFreeChart: one panel per scale, all sharing one time axis (small multiples). */
final class CourseChart {

    private CourseChart() {
    }

    static JFreeChart build(List<ScalePanel> panels, CourseText text, ChartSize size) {
        Typography type = Typography.forSize(size, panels.size());
        DateAxis time = timeAxis(panels, type);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(type.px(14));
        ElementIds ids = new ElementIds();
        Set<Element> drawn = EnumSet.noneOf(Element.class);
        for (ScalePanel panel : panels) {
            plot.add(PanelPlots.build(panel, time.getRange(), type, ids, drawn), 1);
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

    private static DateAxis timeAxis(List<ScalePanel> panels, Typography type) {
        LocalDate first = null;
        LocalDate last = null;
        for (ScalePanel panel : panels) {
            for (SeriesPoint p : panel.trend().series()) {
                first = first == null || p.date().isBefore(first) ? p.date() : first;
                last = last == null || p.date().isAfter(last) ? p.date() : last;
            }
        }
        double from = Dates.x(first);
        double to = Dates.x(last);
        double pad = Math.max(4 * Dates.DAY, (to - from) * 0.04);
        DateAxis axis = new DateAxis("date");
        axis.setTimeZone(Dates.ZONE);
        axis.setStandardTickUnits(isoTickUnits());
        axis.setRange(from - pad, to + pad);
        axis.setLabelFont(type.axisLabel());
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(type.tickLabel());
        axis.setTickLabelPaint(Palette.TEXT);
        return axis;
    }

    /** Tick units with ISO dates, as the API writes them. */
    private static TickUnits isoTickUnits() {
        TickUnits units = new TickUnits();
        SimpleDateFormat day = format("yyyy-MM-dd");
        SimpleDateFormat month = format("yyyy-MM");
        SimpleDateFormat year = format("yyyy");
        units.add(new DateTickUnit(DateTickUnitType.DAY, 1, day));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 2, day));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 7, day));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 14, day));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, month));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 2, month));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, month));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, month));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, year));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 2, year));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 5, year));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 10, year));
        return units;
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
        f.setTimeZone(Dates.ZONE);
        return f;
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
                case TERMINATION -> new LegendItem(e.legend, null, null, null, new Line2D.Double(0, -7, 0, 7),
                        Palette.TERMINATION_LINE, Palette.TERMINATION);
                case FOLLOW_UP -> new LegendItem(e.legend, null, null, null, square, Palette.FOLLOW_UP,
                        Palette.TERMINATION_LINE, Palette.ORANGE);
                case SUDDEN_GAIN -> new LegendItem(e.legend, null, null, null,
                        ShapeUtils.createUpTriangle(5), Palette.SUDDEN_GAIN);
                case SUDDEN_LOSS -> new LegendItem(e.legend, null, null, null,
                        ShapeUtils.createDownTriangle(5), Palette.SUDDEN_LOSS);
                case DIRECTION -> null;
            };
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }
}
