package org.measura.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.measura.catalog.Band;
import org.measura.trends.CutoffUsed;
import org.measura.trends.FollowUp;
import org.measura.trends.FollowUpPoint;
import org.measura.trends.Phase;
import org.measura.trends.ReliableChangeSetup;
import org.measura.trends.ScaleTrend;
import org.measura.trends.ScoreDirection;
import org.measura.trends.SeriesPoint;
import org.measura.trends.SuddenShift;

/**
 * Builds the panel of one scale: the scores over time with the severity bands, the clinical cut-off, the band of
 * no reliable change around the baseline, termination, the follow-up period and sudden gains and losses. Better is
 * up: the axis of a lower-is-better scale is inverted, and every panel says so.
 */
final class PanelPlots {

    private PanelPlots() {
    }

    static GroupedPlot build(ScalePanel panel, org.jfree.data.Range time, Typography type, ElementIds ids,
            Set<Element> drawn) {
        ScaleTrend trend = panel.trend();
        String key = ElementIds.slug(panel.key());
        XYSeries scores = new XYSeries(trend.label(), false, true);
        for (SeriesPoint p : trend.series()) {
            scores.add(Dates.x(p.date()), p.score());
        }
        GroupingRenderer renderer = new GroupingRenderer();
        renderer.setSeriesPaint(0, Palette.SCORE);
        renderer.setSeriesStroke(0, Palette.SCORE_LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        renderer.setSeriesShapesFilled(0, true);
        renderer.setUseOutlinePaint(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setDrawOutlines(true);

        boolean inverted = trend.direction() == ScoreDirection.LOWER_IS_BETTER;
        NumberAxis axis = new NumberAxis(trend.label());
        axis.setLabelFont(type.axisLabel());
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(type.tickLabel());
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setInverted(inverted);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(ranges(panel));

        SvgGroup series = new SvgGroup(ids.id("series", key), Element.SERIES.cssClass, trend.summary());
        GroupedPlot plot = new GroupedPlot(new XYSeriesCollection(scores), axis, renderer, series);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlinePaint(Palette.MUTED_TEXT);
        drawn.add(Element.SERIES);

        bands(panel, key, type, ids, plot, renderer, drawn);
        followUp(trend, key, type, ids, plot, renderer, drawn);
        reliableChange(trend, key, type, ids, plot, renderer, drawn);
        cutoff(trend.cutoff(), key, type, ids, plot, renderer, drawn);
        termination(trend, key, time, type, ids, plot, renderer, drawn);
        suddenChanges(trend, key, type, ids, plot, drawn);
        direction(trend, inverted, key, type, ids, plot);
        return plot;
    }

    /** The scale's range from its definition, else what the data and markers need. */
    private static org.jfree.data.Range ranges(ScalePanel panel) {
        if (panel.range() != null) {
            double span = panel.range().max() - panel.range().min();
            double pad = span * 0.03;
            return new org.jfree.data.Range(panel.range().min() - pad, panel.range().max() + pad);
        }
        ScaleTrend trend = panel.trend();
        List<Double> values = new ArrayList<>(trend.series().stream().map(SeriesPoint::score).toList());
        if (trend.cutoff() != null && trend.cutoff().value() != null) {
            values.add(trend.cutoff().value());
        }
        Double threshold = threshold(trend);
        if (threshold != null) {
            double base = baseline(trend).score();
            values.add(base - threshold);
            values.add(base + threshold);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = max > min ? (max - min) * 0.1 : 1;
        return new org.jfree.data.Range(min - pad, max + pad);
    }

    private static void bands(ScalePanel panel, String key, Typography type, ElementIds ids, GroupedPlot plot,
            GroupingRenderer renderer, Set<Element> drawn) {
        List<Band> bands = panel.bands().stream().sorted(Comparator.comparingDouble(Band::min)).toList();
        boolean higherIsBetter = panel.trend().direction() == ScoreDirection.HIGHER_IS_BETTER;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            // A score belongs to the band with the highest lower bound it reaches: a band ends where the next begins.
            double end = i + 1 < bands.size() ? bands.get(i + 1).min() : band.max();
            int severity = higherIsBetter ? bands.size() - 1 - i : i;
            IntervalMarker marker = new IntervalMarker(band.min(), end, Palette.band(severity, bands.size()));
            marker.setLabel(band.label());
            label(marker, type, RectangleAnchor.RIGHT, TextAnchor.CENTER_RIGHT, Palette.MUTED_TEXT);
            marker.setLabelOffset(new RectangleInsets(0, 0, 0, 6));
            String title = panel.trend().label() + " band " + band.label() + ": " + Numbers.num(band.min()) + "–"
                    + Numbers.num(band.max());
            add(plot, renderer, marker, new SvgGroup(ids.id("band", key, band.id()), Element.BAND.cssClass, title),
                    true);
            drawn.add(Element.BAND);
        }
    }

    private static void cutoff(CutoffUsed cutoff, String key, Typography type, ElementIds ids, GroupedPlot plot,
            GroupingRenderer renderer, Set<Element> drawn) {
        if (cutoff == null || cutoff.value() == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(cutoff.value(), Palette.CUTOFF, Palette.CUTOFF_LINE);
        marker.setLabel("cut-off " + Numbers.num(cutoff.value()));
        label(marker, type, RectangleAnchor.LEFT, TextAnchor.BOTTOM_LEFT, Palette.CUTOFF.darker());
        marker.setLabelOffset(new RectangleInsets(2, 6, 2, 2));
        String title = "Clinical cut-off " + Numbers.num(cutoff.value())
                + (cutoff.clinicalSide() == null ? "" : ": clinical " + cutoff.clinicalSide())
                + (cutoff.type() == null ? "" : " (" + cutoff.type() + ")") + ".";
        add(plot, renderer, marker, new SvgGroup(ids.id("cutoff", key), Element.CUTOFF.cssClass, title), false);
        drawn.add(Element.CUTOFF);
    }

    private static void reliableChange(ScaleTrend trend, String key, Typography type, ElementIds ids, GroupedPlot plot,
            GroupingRenderer renderer, Set<Element> drawn) {
        Double threshold = threshold(trend);
        if (threshold == null || trend.series().size() < 2) {
            return;
        }
        SeriesPoint base = baseline(trend);
        IntervalMarker marker = new IntervalMarker(base.score() - threshold, base.score() + threshold,
                Palette.RELIABLE_CHANGE, Palette.RELIABLE_CHANGE_EDGE_LINE, Palette.RELIABLE_CHANGE_EDGE,
                Palette.RELIABLE_CHANGE_EDGE_LINE, 1.0f);
        marker.setLabel("baseline " + Numbers.num(base.score()) + " ± " + Numbers.num(threshold));
        label(marker, type, RectangleAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_LEFT, Palette.BLUISH_GREEN.darker());
        marker.setLabelOffset(new RectangleInsets(3, 6, 3, 3));
        boolean inclusive = Boolean.TRUE.equals(trend.reliableChange().inclusive());
        String title = "Band of no reliable change around the baseline score " + Numbers.num(base.score()) + " ("
                + base.date() + "): a change of " + (inclusive ? "" : "more than ") + Numbers.num(threshold)
                + (inclusive ? " or more" : "") + " points is reliable ("
                + trend.reliableChange().method().label() + ").";
        add(plot, renderer, marker,
                new SvgGroup(ids.id("reliable-change", key), Element.RELIABLE_CHANGE.cssClass, title), true);
        drawn.add(Element.RELIABLE_CHANGE);
    }

    private static void termination(ScaleTrend trend, String key, org.jfree.data.Range time, Typography type,
            ElementIds ids, GroupedPlot plot,
            GroupingRenderer renderer, Set<Element> drawn) {
        SeriesPoint end = trend.series().stream().filter(p -> p.phase() == Phase.TERMINATION).findFirst()
                .orElse(null);
        if (end == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(Dates.x(end.date()), Palette.TERMINATION, Palette.TERMINATION_LINE);
        marker.setLabel("termination");
        // The label goes right of the line, unless the line is near the right edge.
        boolean nearEnd = Dates.x(end.date()) > time.getLowerBound() + time.getLength() * 0.85;
        label(marker, type, nearEnd ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT,
                nearEnd ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT, Palette.TEXT);
        marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        String title = "Termination on " + end.date() + " (score " + Numbers.num(end.score()) + ").";
        plot.addDomainMarker(marker, Layer.FOREGROUND);
        renderer.group(marker, new SvgGroup(ids.id("termination", key), Element.TERMINATION.cssClass, title));
        drawn.add(Element.TERMINATION);
    }

    private static void followUp(ScaleTrend trend, String key, Typography type, ElementIds ids, GroupedPlot plot,
            GroupingRenderer renderer, Set<Element> drawn) {
        FollowUp followUp = trend.followUp();
        if (followUp == null || followUp.followUps() == null || followUp.followUps().isEmpty()) {
            return;
        }
        List<FollowUpPoint> points = followUp.followUps();
        FollowUpPoint last = points.get(points.size() - 1);
        IntervalMarker marker = new IntervalMarker(Dates.x(followUp.termination().date()),
                Dates.x(last.point().date()), Palette.FOLLOW_UP);
        marker.setLabel("follow-up");
        label(marker, type, RectangleAnchor.BOTTOM, TextAnchor.BOTTOM_CENTER, Palette.TEXT);
        marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        String title = "Follow-up period after termination on " + followUp.termination().date() + ": "
                + points.size() + " follow-up" + (points.size() == 1 ? "" : "s") + ", the last on "
                + last.point().date() + ".";
        plot.addDomainMarker(marker, Layer.BACKGROUND);
        renderer.group(marker, new SvgGroup(ids.id("follow-up", key), Element.FOLLOW_UP.cssClass, title));
        drawn.add(Element.FOLLOW_UP);
    }

    private static void suddenChanges(ScaleTrend trend, String key, Typography type, ElementIds ids,
            GroupedPlot plot,
            Set<Element> drawn) {
        if (trend.suddenChanges() == null) {
            return;
        }
        int n = 0;
        for (SuddenShift gain : listOf(trend.suddenChanges().gains())) {
            sudden(gain, Element.SUDDEN_GAIN, "sudden gain", ids.id("sudden-gain", key, String.valueOf(++n)), type,
                    plot);
            drawn.add(Element.SUDDEN_GAIN);
        }
        n = 0;
        for (SuddenShift loss : listOf(trend.suddenChanges().losses())) {
            sudden(loss, Element.SUDDEN_LOSS, "sudden loss", ids.id("sudden-loss", key, String.valueOf(++n)), type,
                    plot);
            drawn.add(Element.SUDDEN_LOSS);
        }
    }

    /** An arrow to the middle of the jump, its label below it for a gain and above it for a loss (better is up). */
    private static void sudden(SuddenShift shift, Element kind, String text, String id, Typography type,
            GroupedPlot plot) {
        double x = (Dates.x(shift.preDate()) + Dates.x(shift.postDate())) / 2;
        double y = (shift.preScore() + shift.postScore()) / 2;
        boolean gain = kind == Element.SUDDEN_GAIN;
        XYPointerAnnotation arrow = new XYPointerAnnotation(text, x, y, gain ? Math.PI / 4 : -Math.PI / 4);
        arrow.setArrowPaint(gain ? Palette.SUDDEN_GAIN : Palette.SUDDEN_LOSS);
        arrow.setArrowStroke(Palette.ARROW_LINE);
        arrow.setTipRadius(4);
        arrow.setBaseRadius(type.px(34));
        arrow.setLabelOffset(4);
        arrow.setFont(type.markerLabel());
        arrow.setPaint(Palette.TEXT);
        arrow.setTextAnchor(gain ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        plot.addAnnotation(new GroupedAnnotation(arrow, new SvgGroup(id, kind.cssClass, shift.explanation())));
    }

    private static void direction(ScaleTrend trend, boolean inverted, String key, Typography type, ElementIds ids,
            GroupedPlot plot) {
        String text = inverted ? "↑ better (lower scores; axis inverted)" : "↑ better (higher scores)";
        TextTitle note = new TextTitle(text, type.note());
        note.setPaint(Palette.MUTED_TEXT);
        note.setBackgroundPaint(new Color(255, 255, 255, 200));
        note.setPadding(new RectangleInsets(1, 4, 1, 4));
        // Relative coordinates pass through the axis, so on an inverted axis the top is 0.
        XYTitleAnnotation annotation = new XYTitleAnnotation(0.005, inverted ? 0.005 : 0.995, note,
                RectangleAnchor.TOP_LEFT);
        plot.addAnnotation(new GroupedAnnotation(annotation,
                new SvgGroup(ids.id("direction", key), Element.DIRECTION.cssClass, trend.label() + ": " + text)));
    }

    private static void add(GroupedPlot plot, GroupingRenderer renderer, Marker marker, SvgGroup group,
            boolean background) {
        plot.addRangeMarker(0, marker, background ? Layer.BACKGROUND : Layer.FOREGROUND);
        renderer.group(marker, group);
    }

    private static void label(Marker marker, Typography type, RectangleAnchor anchor, TextAnchor textAnchor,
            Color paint) {
        marker.setLabelFont(type.markerLabel());
        marker.setLabelPaint(paint);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(textAnchor);
    }

    /** The reliable-change threshold in score points, when the method gives one. */
    static Double threshold(ScaleTrend trend) {
        ReliableChangeSetup rc = trend.reliableChange();
        return rc == null || rc.method() == null ? null : rc.threshold();
    }

    /**
     * The baseline as the engine chooses it: the earliest point marked baseline, else the earliest point (the
     * series arrives in date order).
     */
    static SeriesPoint baseline(ScaleTrend trend) {
        return trend.series().stream().filter(p -> p.phase() == Phase.BASELINE).findFirst()
                .orElse(trend.series().get(0));
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
