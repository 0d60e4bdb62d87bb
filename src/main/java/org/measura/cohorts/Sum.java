package org.measura.cohorts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The exact sums kept for one measure of one group, over the clients with a first and a last score: scores as
 * reported (two decimals), so every sum is an exact decimal and adding them in any order gives the same figure.
 */
public enum Sum {
    START("start"),
    START_SQUARED("startSquared"),
    END("end"),
    END_SQUARED("endSquared"),
    START_TIMES_END("startTimesEnd");

    private final String wire;

    Sum(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    static Sum fromWire(String value) {
        for (Sum s : values()) {
            if (s.wire.equals(value)) {
                return s;
            }
        }
        return null;
    }
}
