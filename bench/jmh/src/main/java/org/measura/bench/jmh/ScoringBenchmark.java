package org.measura.bench.jmh;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Scoring one administration, as POST /instruments/{id}/scores does after reading the body. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    private InstrumentDefinition phq9;
    private InstrumentDefinition dsq40;
    private ScoringPlan phq9Plan;
    private ScoringPlan dsq40Plan;
    private Map<String, Integer> phq9Responses;
    private Map<String, Integer> dsq40Responses;

    @Setup
    public void setUp() {
        InstrumentCatalog catalog = InstrumentCatalog.loadBuiltIn();
        phq9 = catalog.find("phq9").orElseThrow();
        dsq40 = catalog.find("dsq40").orElseThrow();
        phq9Plan = ScoringPlan.of(phq9);
        dsq40Plan = ScoringPlan.of(dsq40);
        phq9Responses = answers(new int[] {2, 2, 1, 2, 1, 1, 2, 0, 1});
        int[] dsq = new int[40];
        for (int i = 0; i < dsq.length; i++) {
            dsq[i] = 1 + (i * 7) % 9;
        }
        dsq40Responses = answers(dsq);
    }

    private static Map<String, Integer> answers(int[] values) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            responses.put(Integer.toString(i + 1), values[i]);
        }
        return responses;
    }

    /** PHQ-9 (nine items, one scale, one flag) with its plan prepared at start-up, as the service scores it. */
    @Benchmark
    public ScoreResult phq9() throws Exception {
        return Scorer.score(phq9Plan, phq9Responses, null, Map.of());
    }

    /** DSQ-40 (forty items, 23 scales and a profile; the largest built-in definition), plan prepared. */
    @Benchmark
    public ScoreResult dsq40() throws Exception {
        return Scorer.score(dsq40Plan, dsq40Responses, null, Map.of());
    }

    /** PHQ-9 preparing its plan on the call, as for an inline definition (and as every request did before). */
    @Benchmark
    public ScoreResult phq9PlanPerCall() throws Exception {
        return Scorer.score(phq9, phq9Responses, null);
    }

    /** DSQ-40 preparing its plan on the call. */
    @Benchmark
    public ScoreResult dsq40PlanPerCall() throws Exception {
        return Scorer.score(dsq40, dsq40Responses, null);
    }
}
