package org.measura.cohorts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a cohort's rate lies against a benchmark: by its Wilson interval, or not judged (no clients). */
public enum BenchmarkPosition {
    ABOVE("above"),
    AROUND("around"),
    BELOW("below"),
    NOT_JUDGED("not-judged");

    private final String wire;

    BenchmarkPosition(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
