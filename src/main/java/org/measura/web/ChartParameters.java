package org.measura.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.measura.charts.AxisKind;
import org.measura.api.ProblemType;
import org.measura.charts.ChartSize;
import org.measura.charts.CourseCharts;
import org.measura.trends.ScaleTrend;
import org.measura.trends.TrendReport;

/**
 * The query parameters of POST /trends/chart: size in pixels and which scales to draw. Faults are said in the
 * problem's detail without repeating what was sent.
 */
final class ChartParameters {

    private final Integer width;
    private final Integer height;
    private final List<String> scales;
    private final AxisKind axis;

    private ChartParameters(Integer width, Integer height, List<String> scales, AxisKind axis) {
        this.width = width;
        this.height = height;
        this.scales = scales;
        this.axis = axis;
    }

    static ChartParameters read(String width, String height, String scales, String axis) {
        List<String> faults = new ArrayList<>();
        Integer w = pixels("width", width, ChartSize.MIN_WIDTH, ChartSize.MAX_WIDTH, faults);
        Integer h = pixels("height", height, ChartSize.MIN_HEIGHT, ChartSize.MAX_HEIGHT, faults);
        List<String> entries = scales == null ? List.of()
                : List.of(scales.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (scales != null && entries.isEmpty()) {
            faults.add("`scales` names no scale; leave it out to draw every scale");
        }
        AxisKind kind = axis == null ? AxisKind.DATE : AxisKind.fromWire(axis.strip()).orElse(null);
        if (kind == null) {
            faults.add("`axis` must be `date` or `session`");
        }
        fail(faults);
        return new ChartParameters(w, h, entries, kind);
    }

    private static Integer pixels(String name, String value, int min, int max, List<String> faults) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        faults.add("`" + name + "` must be a whole number of pixels from " + min + " to " + max);
        return null;
    }

    /**
     * The trends to draw, in the order `scales` names them (an entry is instrument/scale, or an instrument for all
     * its scales), else in the report's order.
     */
    List<ScaleTrend> select(TrendReport report) {
        if (scales.isEmpty()) {
            return report.scales();
        }
        Set<ScaleTrend> chosen = new LinkedHashSet<>();
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            String entry = scales.get(i);
            List<ScaleTrend> matches = report.scales().stream()
                    .filter(t -> entry.equals(t.instrumentId() + "/" + t.scaleId())).toList();
            if (matches.isEmpty()) {
                matches = report.scales().stream().filter(t -> entry.equals(t.instrumentId())).toList();
            }
            if (matches.isEmpty()) {
                faults.add("entry " + (i + 1) + " of `scales` is not a scale or instrument of this request's "
                        + "administrations (name scales as instrument/scale, e.g. phq9/total, or an instrument for "
                        + "all its scales)");
            }
            chosen.addAll(matches);
        }
        fail(faults);
        return List.copyOf(chosen);
    }

    static void checkPanelCount(int panels) {
        if (panels > CourseCharts.MAX_PANELS) {
            fail(List.of("the chart would have " + panels + " panels and at most " + CourseCharts.MAX_PANELS
                    + " can be drawn; choose the scales with `scales`"));
        }
    }

    /** The session axis places every administration before follow-up by its session number. */
    void checkSessions(long unnumbered) {
        if (axis == AxisKind.SESSION && unnumbered > 0) {
            fail(List.of("`axis=session` needs a `session` number on every administration before follow-up, and "
                    + unnumbered + " of the drawn administrations " + (unnumbered == 1 ? "has" : "have")
                    + " none; number them, or draw with `axis=date`"));
        }
    }

    AxisKind axis() {
        return axis;
    }

    ChartSize size(int panels) {
        return new ChartSize(width == null ? ChartSize.DEFAULT_WIDTH : width,
                height == null ? ChartSize.defaultHeight(panels) : height);
    }

    private static void fail(List<String> faults) {
        if (!faults.isEmpty()) {
            String detail = String.join("; ", faults);
            throw ProblemType.INVALID_CHART_PARAMETERS.exception(Character.toUpperCase(detail.charAt(0))
                    + detail.substring(1) + ".");
        }
    }
}
