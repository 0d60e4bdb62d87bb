package org.measura.bench.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.Scale;
import org.measura.trends.CallerFigures;
import org.measura.trends.Phase;
import org.measura.trends.Point;
import org.measura.trends.PsychometricsResolver;
import org.measura.trends.ScaleSeries;
import org.measura.trends.ScoreDirection;
import org.measura.trends.TrendEngine;
import org.measura.trends.TrendOptions;
import org.measura.trends.TrendReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One client's PHQ-9 total over {@code administrations} weekly sessions: baseline, treatment, termination and two
 * follow-ups, scores falling from about 19 with noise: 10, 100 and the service's cap of
 * {@link TrendEngine#MAX_POINTS} (500) points per scale, so that growth with series length shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrendBenchmark {

    @Param({"10", "100", "500"})
    public int administrations;

    private final TrendEngine engine = new TrendEngine();
    private List<ScaleSeries> series;

    @Setup
    public void setUp() throws Exception {
        Scale total = InstrumentCatalog.loadBuiltIn().find("phq9").orElseThrow().scale("total").orElseThrow();
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2025, 1, 6);
        int n = administrations;
        int termination = n - 3;
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Phase phase = i == 0 ? Phase.BASELINE : i < termination ? Phase.TREATMENT
                    : i == termination ? Phase.TERMINATION : Phase.FOLLOW_UP;
            double trend = 19 - 13.0 * Math.min(i, termination) / termination;
            double score = Math.max(0, Math.min(27, Math.round(trend + random.nextGaussian() * 2)));
            Integer session = i <= termination ? i + 1 : null;
            points.add(new Point(start.plusWeeks(i), session, phase, score, null, null, i));
        }
        series = List.of(new ScaleSeries("phq9", "total", "PHQ-9 total", ScoreDirection.of(total.direction()),
                PsychometricsResolver.fromCatalog("phq9", total, CallerFigures.none()), points));
    }

    @Benchmark
    public TrendReport phq9Series() throws Exception {
        return engine.analyse(series, TrendOptions.defaults());
    }
}
