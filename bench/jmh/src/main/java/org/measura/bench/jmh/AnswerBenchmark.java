package org.measura.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringPlan;
import org.measura.web.JacksonConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing the PHQ-9 answer (about 1.2 KB) as JSON with the service's ObjectMapper configuration (its hand-written
 * answer writer included): compared with ScoringBenchmark.phq9 it shows where a score's time goes beyond reading the
 * request. (Jackson's Blackbird module, tried here, saved nothing measurable.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnswerBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private ScoreResult result;

    @Setup
    public void setUp() throws Exception {
        // One catalog for the writer and the scorer, as in the service: the answer copies the definition's strings.
        InstrumentCatalog catalog = InstrumentCatalog.loadBuiltIn();
        new JacksonConfig(32, 50, 20_000, catalog).customize(mapper);
        Map<String, Integer> responses = new LinkedHashMap<>();
        int[] values = {2, 2, 1, 2, 1, 1, 2, 0, 1};
        for (int i = 0; i < values.length; i++) {
            responses.put(Integer.toString(i + 1), values[i]);
        }
        result = Scorer.score(ScoringPlan.of(catalog.find("phq9").orElseThrow()), responses, null, Map.of());
    }

    @Benchmark
    public byte[] writePhq9Answer() throws Exception {
        return mapper.writeValueAsBytes(result);
    }
}
