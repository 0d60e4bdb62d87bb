package org.measura.trends;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.measura.catalog.InstrumentDefinition;

/**
 * One client's course once read: the scored administrations grouped by scale, the caller's figures for a scale
 * (overrides of a catalog scale's, or a measure of the caller's own), the options, and optionally expected-response
 * curves. It builds each scale's series, runs the engine and sets the course against the curves; it answers a report
 * or typed, located faults ({@link FieldReason}). It is the inner part of the trend use case, {@link TrendAnalysis},
 * which reads a course as sent (by every adapter) into a {@link Course} and runs it through here.
 */
public final class CourseAnalysis {

    private final TrendEngine engine;

    public CourseAnalysis() {
        this(new TrendEngine());
    }

    public CourseAnalysis(TrendEngine engine) {
        this.engine = engine;
    }

    /**
     * The caller's figures for one scale: overrides of a catalog scale's figures, or the direction and figures of a
     * measure of the caller's own.
     */
    public record Measure(ScoreDirection direction, CallerFigures figures) {

        public Measure {
            figures = figures == null ? CallerFigures.none() : figures;
        }
    }

    /**
     * The report, or the faults that stopped it. {@code labels} maps a series key ("phq9/total") to the label of
     * each series built before the faults were found, for adapters that word faults by label.
     */
    public record Result(TrendReport report, List<FieldReason> faults, Map<String, String> labels) {

        public Result {
            faults = faults == null ? List.of() : List.copyOf(faults);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        public boolean ok() {
            return report != null;
        }

        static Result of(TrendReport report, Map<String, String> labels) {
            return new Result(report, List.of(), labels);
        }

        static Result refused(List<FieldReason> faults, Map<String, String> labels) {
            return new Result(null, faults, labels);
        }
    }

    /** One client's administrations as points of their scales, with what the reading of them noted. */
    public static final class Course {

        private record Scale(InstrumentDefinition definition, String instrument, String scale) {
        }

        private final Map<String, Scale> scales = new LinkedHashMap<>();
        private final Map<String, List<Point>> points = new HashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<UnassessedRiskAt> risks = new ArrayList<>();

        /**
         * A point of a scale, series in the order their first points arrive.
         *
         * @param definition the catalog instrument, or null for a measure of the caller's own
         */
        public void add(InstrumentDefinition definition, String instrument, String scale, Point point) {
            String key = instrument + "/" + scale;
            scales.putIfAbsent(key, new Scale(definition, instrument, scale));
            points.computeIfAbsent(key, k -> new ArrayList<>()).add(point);
        }

        /** A note for the report's notes, before the engine's own. */
        public void note(String note) {
            notes.add(note);
        }

        /** A risk item left unanswered at an administration (its statement is also noted). */
        public void unassessedRisk(UnassessedRiskAt risk) {
            risks.add(risk);
        }
    }

    /**
     * Each scale's series (a catalog scale's figures with the caller's overrides, or a caller's measure) through the
     * engine.
     *
     * @param measures the caller's figures by series key ("phq9/total"); a caller's own measure must be there
     */
    public Result analyse(Course course, Map<String, Measure> measures, TrendOptions options) {
        Map<String, String> labels = new HashMap<>();
        try {
            List<ScaleSeries> series = new ArrayList<>();
            for (Map.Entry<String, Course.Scale> e : course.scales.entrySet()) {
                Course.Scale s = e.getValue();
                Measure measure = measures.get(e.getKey());
                CallerFigures figures = measure == null ? CallerFigures.none() : measure.figures();
                List<Point> points = course.points.get(e.getKey());
                ScaleSeries one = s.definition() != null
                        ? ScaleSeries.ofCatalog(s.definition(), s.definition().scale(s.scale()).orElseThrow(),
                                figures, points)
                        : new ScaleSeries(s.instrument(), s.scale(), s.instrument() + " " + s.scale(),
                                measure.direction(), PsychometricsResolver.fromCaller(s.instrument(), figures),
                                points);
                labels.put(one.key(), one.label());
                series.add(one);
            }
            TrendReport report = engine.analyse(series, options);
            if (!course.notes.isEmpty()) {
                List<String> all = new ArrayList<>(course.notes);
                all.addAll(report.notes() == null ? List.of() : report.notes());
                report = new TrendReport(report.scales(), report.talkingTherapies(), report.defenseStyle(),
                        course.risks.isEmpty() ? null : List.copyOf(course.risks), all);
            }
            return Result.of(report, labels);
        } catch (TrendInputException e) {
            return Result.refused(e.reasons(), labels);
        }
    }

    /**
     * Each scale of the report against the expected-response curves, or the faults of the curves.
     *
     * @param atRisk     percentile past which a scale is at risk ({@link ExpectedResponseTracking#DEFAULT_AT_RISK})
     * @param notOnTrack percentile past which it is not on track
     */
    public static Result track(TrendReport report, List<ExpectedCurve> curves, int atRisk, int notOnTrack) {
        List<FieldReason> faults = ExpectedResponseTracking.check(curves, atRisk, notOnTrack);
        if (!faults.isEmpty()) {
            return Result.refused(faults, Map.of());
        }
        return Result.of(report.withExpectedResponse(report.scales().stream()
                .map(t -> ExpectedResponseTracking.track(t, curves, atRisk, notOnTrack)).toList()), Map.of());
    }
}
