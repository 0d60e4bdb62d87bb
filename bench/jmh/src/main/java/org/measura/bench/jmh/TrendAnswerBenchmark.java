package org.measura.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.ScoringPlans;
import org.measura.trends.TrendAnalysis;
import org.measura.trends.TrendReport;
import org.measura.web.JacksonConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A trend of 100 PHQ-9 administrations as bench/http.sh sends it (weekly item responses, baseline, treatment,
 * termination, scores falling from about 19 with noise), without HTTP: {@code analyse} scores the administrations and
 * runs the engine (the core's trend use case, {@link TrendAnalysis}); {@code writeAnswer} writes its report (about
 * 20 KB) with the service's ObjectMapper configuration, as the JAX-RS writer does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrendAnswerBenchmark {

    private static final int ADMINISTRATIONS = 100;

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private TrendAnalysis analysis;
    private TrendAnalysis.Input input;
    private TrendReport report;

    @Setup
    public void setUp() {
        InstrumentCatalog catalog = InstrumentCatalog.loadBuiltIn();
        new JacksonConfig(32, 50, 20_000, catalog).customize(mapper);
        analysis = new TrendAnalysis(catalog, new ScoringPlans(catalog));
        Random random = new Random(7);
        LocalDate start = LocalDate.of(2025, 1, 6);
        List<TrendAnalysis.AdministrationInput> administrations = new ArrayList<>();
        for (int i = 0; i < ADMINISTRATIONS; i++) {
            String phase = i == 0 ? "baseline" : i == ADMINISTRATIONS - 1 ? "termination" : "treatment";
            int total = (int) Math.max(0, Math.min(27,
                    Math.round(19 - 13.0 * i / (ADMINISTRATIONS - 1) + random.nextGaussian() * 2)));
            Map<String, Integer> responses = new LinkedHashMap<>();
            for (int item = 0; item < 9; item++) {
                responses.put(Integer.toString(item + 1), total / 9 + (item < total % 9 ? 1 : 0));
            }
            administrations.add(new TrendAnalysis.AdministrationInput("phq9", start.plusWeeks(i).toString(), i + 1,
                    phase, new TrendAnalysis.ResponsesInput(responses, List.of()), null, null));
        }
        input = new TrendAnalysis.Input(administrations, null, null, null, new TrendAnalysis.Limits(500, 20, 10),
                i -> "/administrations/" + i);
        report = analyse();
    }

    @Benchmark
    public TrendReport analyse() {
        TrendAnalysis.Result result = analysis.analyse(input);
        if (!result.ok()) {
            throw new IllegalStateException("the bench course was refused");
        }
        return result.report();
    }

    @Benchmark
    public byte[] writeAnswer() throws Exception {
        return mapper.writeValueAsBytes(report);
    }
}
