package org.measura.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.measura.catalog.Band;
import org.measura.trends.CutoffUsed;
import org.measura.trends.ExpectedResponseTrack;
import org.measura.trends.Phase;
import org.measura.trends.ReliableChangeSetup;
import org.measura.trends.ScaleTrend;
import org.measura.trends.ScoreDirection;
import org.measura.trends.SeriesPoint;
import org.measura.trends.SuddenShift;

/**
 * Builds one panel: the scores of its scale (or of the scales sharing it) with the severity bands, the clinical
 * cut-off, the band of no reliable change around the baseline, the follow-up period, missed sessions, termination,
 * the axis break and sudden gains and losses. Better is up: the axis of a lower-is-better scale is inverted, and
 * every panel says so. No text is drawn inside the plot area but the labels of sudden gains and losses: band
 * labels stand on an axis to the right, the rest in the panel's header.
 */
final class PanelPlots {

    private PanelPlots() {
    }

    /** What one panel is built from and into. */
    record Panel(CoursePanel course, CourseAxis axis, Sessions sessions, Typography type, ElementIds ids,
            GroupedPlot plot, GroupingRenderer markers, Set<Element> drawn, PanelHeader header, String key) {

        ScalePanel only() {
            return course.shared() ? null : course.first();
        }

        ScaleTrend firstTrend() {
            return course.first().trend();
        }
    }

    /**
     * The layers of a panel, in drawing order within each JFreeChart layer (background markers under the scores,
     * foreground ones over them).
     */
    private static final List<Consumer<Panel>> LAYERS = List.of(
            PanelPlots::bands,
            PanelPlots::expectedResponse,
            PanelPlots::followUp,
            PanelPlots::missedSessions,
            PanelPlots::reliableChange,
            PanelPlots::cutoff,
            PanelPlots::termination,
            PanelPlots::axisBreak,
            PanelPlots::suddenChanges);

    private static final Shape[] SHAPES = {new Ellipse2D.Double(-4.5, -4.5, 9, 9),
            new Rectangle2D.Double(-4, -4, 8, 8), ShapeUtils.createUpTriangle(5f), ShapeUtils.createDiamond(5f)};

    static GroupedPlot build(CoursePanel course, CourseAxis axis, Sessions sessions, Typography type, ElementIds ids,
            Set<Element> drawn) {
        ScoreDirection direction = course.direction();
        boolean inverted = direction == ScoreDirection.LOWER_IS_BETTER;
        org.jfree.data.Range range = range(course);
        NumberAxis scores = new NumberAxis(course.label());
        axisStyle(scores, type);
        scores.setInverted(inverted);
        scores.setAutoRangeIncludesZero(false);
        scores.setRange(range);

        PanelHeader header = new PanelHeader(type.note());
        GroupedPlot plot = new GroupedPlot(scores, header);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Palette.MUTED_TEXT);
        String key = ElementIds.slug(course.key());
        GroupingRenderer markers = null;
        for (int i = 0; i < course.scales().size(); i++) {
            ScalePanel scale = course.scales().get(i);
            GroupingRenderer renderer = seriesRenderer(i);
            XYSeries points = new XYSeries(scale.trend().label(), false, true);
            for (SeriesPoint p : scale.trend().series()) {
                points.add(axis.x(p), p.score());
            }
            plot.addSeries(i, new XYSeriesCollection(points), renderer, new SvgGroup(
                    ids.id("series", ElementIds.slug(scale.key())), Element.SERIES.cssClass, scale.trend().summary()));
            markers = markers == null ? renderer : markers;
        }
        drawn.add(Element.SERIES);
        direction(course, direction, inverted, key, ids, header);
        Panel panel = new Panel(course, axis, sessions, type, ids, plot, markers, drawn, header, key);
        LAYERS.forEach(layer -> layer.accept(panel));
        if (panel.only() != null && !panel.only().bands().isEmpty()) {
            plot.setRangeAxis(1, bandLabels(panel.only(), range, inverted, type));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        }
        return plot;
    }

    private static GroupingRenderer seriesRenderer(int i) {
        GroupingRenderer renderer = new GroupingRenderer();
        int style = i % Palette.SERIES.length;
        renderer.setSeriesPaint(0, Palette.SERIES[style]);
        renderer.setSeriesStroke(0, Palette.SERIES_LINES[style]);
        renderer.setSeriesShape(0, SHAPES[style]);
        renderer.setSeriesShapesFilled(0, true);
        renderer.setUseOutlinePaint(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setDrawOutlines(true);
        return renderer;
    }

    private static void axisStyle(NumberAxis axis, Typography type) {
        axis.setLabelFont(type.axisLabel());
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(type.tickLabel());
        axis.setTickLabelPaint(Palette.TEXT);
    }

    /** The band labels, each at the middle of its band, on an axis right of the plot with the same range. */
    private static NumberAxis bandLabels(ScalePanel scale, org.jfree.data.Range range, boolean inverted,
            Typography type) {
        List<Band> bands = sortedBands(scale);
        List<CourseAxis.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            double end = bandEnd(bands, i);
            double middle = (Math.max(bands.get(i).min(), range.getLowerBound())
                    + Math.min(end, range.getUpperBound())) / 2;
            // The most severe band is placed first when labels would collide.
            ticks.add(new CourseAxis.Tick(middle, bands.get(i).label(), i == 0 || i == bands.size() - 1));
        }
        TickAxis axis = new TickAxis(null, (perUnit, width) -> ticks);
        axisStyle(axis, type);
        axis.setTickLabelFont(type.markerLabel());
        axis.setTickMarksVisible(false);
        axis.setAxisLineVisible(false);
        axis.setInverted(inverted);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(range);
        return axis;
    }

    /** The scale's range from its definition, else what the data and markers need. */
    private static org.jfree.data.Range range(CoursePanel course) {
        ScalePanel first = course.first();
        if (first.range() != null) {
            double span = first.range().max() - first.range().min();
            double pad = span * 0.03;
            return new org.jfree.data.Range(first.range().min() - pad, first.range().max() + pad);
        }
        ScaleTrend trend = first.trend();
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

    private static List<Band> sortedBands(ScalePanel scale) {
        return scale.bands().stream().sorted(Comparator.comparingDouble(Band::min)).toList();
    }

    /** A score belongs to the band with the highest lower bound it reaches: a band ends where the next begins. */
    private static double bandEnd(List<Band> bands, int i) {
        return i + 1 < bands.size() ? bands.get(i + 1).min() : bands.get(i).max();
    }

    private static void bands(Panel p) {
        ScalePanel scale = p.only();
        if (scale == null) {
            return;
        }
        List<Band> bands = sortedBands(scale);
        boolean higherIsBetter = scale.trend().direction() == ScoreDirection.HIGHER_IS_BETTER;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            int severity = higherIsBetter ? bands.size() - 1 - i : i;
            IntervalMarker marker = new IntervalMarker(band.min(), bandEnd(bands, i),
                    Palette.band(severity, bands.size()));
            String title = scale.trend().label() + " band " + band.label() + ": " + Numbers.num(band.min()) + "–"
                    + Numbers.num(band.max());
            range(p, marker, new SvgGroup(p.ids().id("band", p.key(), band.id()), Element.BAND.cssClass, title));
            p.drawn().add(Element.BAND);
        }
    }

    /**
     * The clinic's expected response for the client's baseline band, behind the scores: the band between the 25th and
     * 75th percentiles at each session the client was scored, and the median dashed.
     */
    private static void expectedResponse(Panel p) {
        ScalePanel scale = p.only();
        ExpectedResponseTrack track = scale == null ? null : scale.expected();
        if (track == null || !track.tracked()) {
            return;
        }
        List<double[]> cells = new ArrayList<>();
        for (ExpectedResponseTrack.Session session : track.sessions()) {
            SeriesPoint point = scale.trend().series().stream()
                    .filter(s -> s.date().equals(session.date())
                            && (s.session() == null || s.session() == session.session()))
                    .findFirst().orElse(null);
            if (point != null && session.p25() != null && session.p75() != null && session.expectedMedian() != null) {
                cells.add(new double[] {p.axis().x(point), session.p25(), session.p75(), session.expectedMedian()});
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        double[] outline = new double[cells.size() * 4];
        for (int i = 0; i < cells.size(); i++) {
            double[] cell = cells.get(i);
            double[] back = cells.get(cells.size() - 1 - i);
            outline[2 * i] = cell[0];
            outline[2 * i + 1] = cell[1];
            outline[2 * cells.size() + 2 * i] = back[0];
            outline[2 * cells.size() + 2 * i + 1] = back[2];
        }
        String band = track.baselineBand() == null ? "" : " starting in the band " + track.baselineBand();
        String title = "Expected response of clients" + band + ": between the 25th and 75th percentiles of the "
                + "curve sent, at each session scored; the median dashed.";
        String id = p.ids().id("expected-response", p.key());
        p.markers().addAnnotation(new GroupedAnnotation(new XYPolygonAnnotation(outline, null, null,
                Palette.EXPECTED_RESPONSE), new SvgGroup(id, Element.EXPECTED_RESPONSE.cssClass, title)),
                Layer.BACKGROUND);
        for (int i = 1; i < cells.size(); i++) {
            double[] from = cells.get(i - 1);
            double[] to = cells.get(i);
            p.markers().addAnnotation(new GroupedAnnotation(new XYLineAnnotation(from[0], from[3], to[0], to[3],
                    Palette.EXPECTED_MEDIAN_LINE, Palette.EXPECTED_MEDIAN), new SvgGroup(id + "-median-" + i,
                    Element.EXPECTED_RESPONSE.cssClass, title)), Layer.BACKGROUND);
        }
        p.header().add(new PanelHeader.Item("expected: 25th–75th percentile, median dashed",
                PanelHeader.Swatch.box(Palette.EXPECTED_RESPONSE, Palette.EXPECTED_MEDIAN_LINE, Palette.EXPECTED_MEDIAN),
                new SvgGroup(p.ids().id("expected-response-label", p.key()), Element.LABEL.cssClass, title)));
        p.drawn().add(Element.EXPECTED_RESPONSE);
    }

    private static void cutoff(Panel p) {
        ScalePanel scale = p.only();
        CutoffUsed cutoff = scale == null ? null : scale.trend().cutoff();
        if (cutoff == null || cutoff.value() == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(cutoff.value(), Palette.CUTOFF, Palette.CUTOFF_LINE);
        String title = "Clinical cut-off " + Numbers.num(cutoff.value())
                + (cutoff.clinicalSide() == null ? "" : ": clinical " + cutoff.clinicalSide())
                + (cutoff.type() == null ? "" : " (" + cutoff.type() + ")") + ".";
        range(p, marker, new SvgGroup(p.ids().id("cutoff", p.key()), Element.CUTOFF.cssClass, title));
        p.header().add(new PanelHeader.Item("cut-off " + Numbers.num(cutoff.value()),
                PanelHeader.Swatch.line(Palette.CUTOFF_LINE, Palette.CUTOFF),
                new SvgGroup(p.ids().id("cutoff-label", p.key()), Element.LABEL.cssClass, title)));
        p.drawn().add(Element.CUTOFF);
    }

    private static void reliableChange(Panel p) {
        ScalePanel scale = p.only();
        ScaleTrend trend = scale == null ? null : scale.trend();
        Double threshold = trend == null ? null : threshold(trend);
        if (threshold == null || trend.series().size() < 2) {
            return;
        }
        SeriesPoint base = baseline(trend);
        IntervalMarker marker = new IntervalMarker(base.score() - threshold, base.score() + threshold,
                Palette.RELIABLE_CHANGE, Palette.RELIABLE_CHANGE_EDGE_LINE, Palette.RELIABLE_CHANGE_EDGE,
                Palette.RELIABLE_CHANGE_EDGE_LINE, 1.0f);
        boolean inclusive = Boolean.TRUE.equals(trend.reliableChange().inclusive());
        String title = "Band of no reliable change around the baseline score " + Numbers.num(base.score()) + " ("
                + base.date() + "): a change of " + (inclusive ? "" : "more than ") + Numbers.num(threshold)
                + (inclusive ? " or more" : "") + " points is reliable ("
                + trend.reliableChange().method().label() + ").";
        range(p, marker, new SvgGroup(p.ids().id("reliable-change", p.key()), Element.RELIABLE_CHANGE.cssClass,
                title));
        p.header().add(new PanelHeader.Item(
                "no reliable change: baseline " + Numbers.num(base.score()) + " ± " + Numbers.num(threshold),
                PanelHeader.Swatch.box(Palette.RELIABLE_CHANGE, Palette.RELIABLE_CHANGE_EDGE_LINE,
                        Palette.RELIABLE_CHANGE_EDGE),
                new SvgGroup(p.ids().id("reliable-change-label", p.key()), Element.LABEL.cssClass, title)));
        p.drawn().add(Element.RELIABLE_CHANGE);
    }

    private static void termination(Panel p) {
        SeriesPoint end = p.course().scales().stream().flatMap(s -> s.trend().series().stream())
                .filter(point -> point.phase() == Phase.TERMINATION).findFirst().orElse(null);
        if (end == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(p.axis().x(end), Palette.TERMINATION, Palette.TERMINATION_LINE);
        String title = "Termination on " + end.date() + (end.session() == null ? "" : ", session " + end.session())
                + (p.course().shared() ? "." : " (score " + Numbers.num(end.score()) + ").");
        domain(p, marker, Layer.FOREGROUND,
                new SvgGroup(p.ids().id("termination", p.key()), Element.TERMINATION.cssClass, title));
        p.drawn().add(Element.TERMINATION);
    }

    private static void followUp(Panel p) {
        List<SeriesPoint> points = p.course().scales().stream().flatMap(s -> s.trend().series().stream()).toList();
        SeriesPoint end = points.stream().filter(point -> point.phase() == Phase.TERMINATION).findFirst()
                .orElse(null);
        List<SeriesPoint> followUps = points.stream()
                .filter(point -> end != null && point.phase() == Phase.FOLLOW_UP && point.date().isAfter(end.date()))
                .sorted(Comparator.comparing(SeriesPoint::date)).toList();
        if (followUps.isEmpty()) {
            return;
        }
        SeriesPoint last = followUps.get(followUps.size() - 1);
        IntervalMarker marker = new IntervalMarker(p.axis().x(end), p.axis().x(last), Palette.FOLLOW_UP);
        long count = followUps.stream().map(SeriesPoint::date).distinct().count();
        String title = "Follow-up period after termination on " + end.date() + ": " + count + " follow-up"
                + (count == 1 ? "" : "s") + ", the last on " + last.date() + ".";
        domain(p, marker, Layer.BACKGROUND,
                new SvgGroup(p.ids().id("follow-up", p.key()), Element.FOLLOW_UP.cssClass, title));
        p.drawn().add(Element.FOLLOW_UP);
    }

    private static void missedSessions(Panel p) {
        for (Sessions.Missed missed : p.sessions().missed()) {
            CourseAxis.Span span = p.axis().span(missed);
            IntervalMarker marker = new IntervalMarker(span.from(), span.to(), Palette.MISSED_SESSION);
            String title = Character.toUpperCase(missed.sessions().charAt(0)) + missed.sessions().substring(1)
                    + ": no administration in this request (missed or not recorded), between session "
                    + missed.before() + " on " + missed.beforeDate() + " and session " + missed.after() + " on "
                    + missed.afterDate() + ".";
            domain(p, marker, Layer.BACKGROUND, new SvgGroup(
                    p.ids().id("missed-session", p.key(), String.valueOf(missed.first())),
                    Element.MISSED_SESSION.cssClass, title));
            p.drawn().add(Element.MISSED_SESSION);
        }
    }

    private static void axisBreak(Panel p) {
        CourseAxis.Break axisBreak = p.axis().axisBreak();
        if (axisBreak == null) {
            return;
        }
        IntervalMarker marker = new IntervalMarker(axisBreak.span().from(), axisBreak.span().to(),
                Palette.AXIS_BREAK, Palette.AXIS_BREAK_LINE, Palette.AXIS_BREAK_EDGE, Palette.AXIS_BREAK_LINE, 1f);
        domain(p, marker, Layer.FOREGROUND,
                new SvgGroup(p.ids().id("axis-break", p.key()), Element.AXIS_BREAK.cssClass, axisBreak.title()));
        p.drawn().add(Element.AXIS_BREAK);
    }

    private static void suddenChanges(Panel p) {
        for (ScalePanel scale : p.course().scales()) {
            ScaleTrend trend = scale.trend();
            if (trend.suddenChanges() == null) {
                continue;
            }
            String key = ElementIds.slug(scale.key());
            int n = 0;
            for (SuddenShift gain : listOf(trend.suddenChanges().gains())) {
                sudden(p, gain, Element.SUDDEN_GAIN, "sudden gain", p.ids().id("sudden-gain", key,
                        String.valueOf(++n)));
                p.drawn().add(Element.SUDDEN_GAIN);
            }
            n = 0;
            for (SuddenShift loss : listOf(trend.suddenChanges().losses())) {
                sudden(p, loss, Element.SUDDEN_LOSS, "sudden loss", p.ids().id("sudden-loss", key,
                        String.valueOf(++n)));
                p.drawn().add(Element.SUDDEN_LOSS);
            }
        }
    }

    /** An arrow to the middle of the jump, its label below it for a gain and above it for a loss (better is up). */
    private static void sudden(Panel p, SuddenShift shift, Element kind, String text, String id) {
        double x = p.axis().middle(shift);
        double y = (shift.interval().preScore() + shift.interval().postScore()) / 2;
        boolean gain = kind == Element.SUDDEN_GAIN;
        XYPointerAnnotation arrow = new XYPointerAnnotation(text, x, y, gain ? Math.PI / 4 : -Math.PI / 4);
        arrow.setArrowPaint(gain ? Palette.SUDDEN_GAIN : Palette.SUDDEN_LOSS);
        arrow.setArrowStroke(Palette.ARROW_LINE);
        arrow.setTipRadius(4);
        arrow.setBaseRadius(p.type().px(34));
        arrow.setLabelOffset(4);
        arrow.setFont(p.type().markerLabel());
        arrow.setPaint(Palette.TEXT);
        arrow.setTextAnchor(gain ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        p.plot().addAnnotation(new GroupedAnnotation(arrow, new SvgGroup(id, kind.cssClass, shift.explanation())));
    }

    /** The header's first words: which way is better, and on a shared panel which line is which scale. */
    private static void direction(CoursePanel course, ScoreDirection direction, boolean inverted, String key,
            ElementIds ids, PanelHeader header) {
        String text = direction == null ? "↑ higher scores (better is up for some scales only)"
                : inverted ? "↑ better (lower scores; axis inverted)" : "↑ better (higher scores)";
        header.add(new PanelHeader.Item(text, null,
                new SvgGroup(ids.id("direction", key), Element.DIRECTION.cssClass, course.label() + ": " + text)));
        if (!course.shared()) {
            return;
        }
        for (int i = 0; i < course.scales().size(); i++) {
            ScalePanel scale = course.scales().get(i);
            int style = i % Palette.SERIES.length;
            String better = scale.trend().direction() == ScoreDirection.LOWER_IS_BETTER ? "lower is better"
                    : "higher is better";
            header.add(new PanelHeader.Item(course.shortLabel(scale) + " (" + better + ")",
                    PanelHeader.Swatch.series(Palette.SERIES_LINES[style], Palette.SERIES[style], SHAPES[style]),
                    new SvgGroup(ids.id("label", ElementIds.slug(scale.key())), Element.LABEL.cssClass,
                            scale.trend().label() + ", " + better)));
        }
    }

    private static void range(Panel p, Marker marker, SvgGroup group) {
        p.plot().addRangeMarker(0, marker, Layer.BACKGROUND);
        p.markers().group(marker, group);
    }

    private static void domain(Panel p, Marker marker, Layer layer, SvgGroup group) {
        p.plot().addDomainMarker(0, marker, layer);
        p.markers().group(marker, group);
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
