package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How item values become a scale score, before the scale's multiplier. */
public enum Aggregation {
    SUM("sum"),
    MEAN("mean");

    private final String wire;

    Aggregation(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Aggregation fromWire(String value) {
        for (Aggregation a : values()) {
            if (a.wire.equals(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no aggregation has this wire name");
    }
}
