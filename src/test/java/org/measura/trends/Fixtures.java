package org.measura.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.measura.catalog.Comparison;

/** Small builders for engine tests. */
final class Fixtures {

    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private Fixtures() {
    }

    static Figure f(double value) {
        return Figure.caller(value);
    }

    /** Weekly points, sessions 1..n, first marked baseline, no other phases. */
    static List<Point> weekly(double... scores) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            points.add(Point.of(START.plusWeeks(i), i + 1, i == 0 ? Phase.BASELINE : Phase.TREATMENT, scores[i]));
        }
        return points;
    }

    /** Two points a week apart: baseline x1, then x2. */
    static List<Point> pair(double x1, double x2) {
        return List.of(Point.of(START, null, Phase.BASELINE, x1), Point.of(START.plusWeeks(12), null,
                Phase.TERMINATION, x2));
    }

    static ScaleSeries series(String label, ScoreDirection direction, Psychometrics p, List<Point> points) {
        return new ScaleSeries("test", "total", label, direction, p, points);
    }

    /** Published-style cut-off: at-or-above value is clinical. */
    static CutoffFigure atOrAbove(double value) {
        return new CutoffFigure(value, Comparison.AT_OR_ABOVE, "caseness", "caseness", "test-source", "test");
    }

    static ThresholdFigure threshold(double value, boolean inclusive) {
        return new ThresholdFigure(value, inclusive, "rc", "test threshold", "test-source", "test");
    }

    static ScaleTrend analyse(ScaleSeries s) throws TrendInputException {
        return new TrendEngine().analyse(s, TrendOptions.defaults());
    }

    static ScaleTrend analyse(ScaleSeries s, TrendOptions o) throws TrendInputException {
        return new TrendEngine().analyse(s, o);
    }

    static ChangeComparison comparison(ScaleTrend t, String kind) {
        return t.comparisons().stream().filter(c -> c.kind().wire().equals(kind)).findFirst().orElseThrow();
    }
}
