package org.measura.cohorts;

import java.util.List;

/**
 * Benchmarks that have passed {@link CohortOutcomes#checked}: only the cohorts core makes them, so an answer's
 * benchmarks are checked once, where they are read.
 */
public final class CheckedBenchmarks {

    /** No benchmarks: the answer sets its rates against none. */
    public static final CheckedBenchmarks NONE = new CheckedBenchmarks(List.of());

    private final List<Benchmark> benchmarks;

    CheckedBenchmarks(List<Benchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    List<Benchmark> list() {
        return benchmarks;
    }
}
