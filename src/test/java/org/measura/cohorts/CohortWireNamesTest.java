package org.measura.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measura.cohorts.CohortFault.BenchmarkField;
import org.measura.cohorts.CohortFault.InBenchmark;
import org.measura.fault.FaultCode;

/** A benchmark that is no object, names no known outcome or lacks a rate is refused field by field, in order sent. */
class CohortWireNamesTest {

    @Test
    void benchmarksAreReadFieldByFieldWithTheOutcomesTheyMayName() {
        List<CohortOutcomes.BenchmarkInput> sent = Arrays.asList(
                new CohortOutcomes.BenchmarkInput("phq9/total", "better", null, null, null),
                null,
                new CohortOutcomes.BenchmarkInput("phq9/total", null, 0.5, null, null));

        CohortInputException refused = catchThrowableOfType(() -> CohortOutcomes.benchmarks(sent),
                CohortInputException.class);

        assertThat(refused.faults()).containsExactly(
                new CohortFault(FaultCode.UNKNOWN, new InBenchmark(0, BenchmarkField.OUTCOME), "must be "
                        + "reliable-improvement, no-reliable-change, reliable-deterioration, recovery or reliable-recovery"),
                new CohortFault(FaultCode.REQUIRED, new InBenchmark(0, BenchmarkField.RATE),
                        "is required: a proportion from 0 to 1"),
                new CohortFault(FaultCode.INVALID, new InBenchmark(1, BenchmarkField.ENTRY), "must be an object"),
                new CohortFault(FaultCode.REQUIRED, new InBenchmark(2, BenchmarkField.OUTCOME), "is required"));
    }

    @Test
    void benchmarksReadAreCheckedForTheirValues() throws CohortInputException {
        List<CohortOutcomes.BenchmarkInput> sent = List.of(
                new CohortOutcomes.BenchmarkInput(" ", "recovery", 1.5, 0L, null));

        CohortInputException refused = catchThrowableOfType(() -> CohortOutcomes.benchmarks(sent),
                CohortInputException.class);

        assertThat(refused.faults()).extracting(CohortFault::where).containsExactly(
                new InBenchmark(0, BenchmarkField.MEASURE), new InBenchmark(0, BenchmarkField.RATE),
                new InBenchmark(0, BenchmarkField.N));
        assertThat(CohortOutcomes.benchmarks(List.of(
                new CohortOutcomes.BenchmarkInput("phq9/total", "recovery", 0.4, 30L, "local"))).list())
                .containsExactly(new Benchmark("phq9/total", Outcome.RECOVERY, 0.4, 30L, "local"));
    }
}
