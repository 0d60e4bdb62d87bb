package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum Direction {
    HIGHER_IS_WORSE("higher-is-worse"),
    HIGHER_IS_BETTER("higher-is-better");

    private final String wire;

    Direction(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Direction fromWire(String value) {
        for (Direction d : values()) {
            if (d.wire.equals(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no direction has this wire name");
    }
}
