package org.measura.cohorts;

/**
 * A caller's benchmark: a published or local rate of {@code outcome} for {@code measure} ("phq9/total", or
 * {@link #TALKING_THERAPIES} for the paired PHQ-9/GAD-7 outcomes), optionally with the n it came from and its source.
 */
public record Benchmark(String measure, Outcome outcome, double rate, Long n, String source) {

    public static final String TALKING_THERAPIES = "nhs-talking-therapies";
}
