package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum Comparison {
    AT_OR_ABOVE("at-or-above"),
    ABOVE("above"),
    AT_OR_BELOW("at-or-below"),
    BELOW("below");

    private final String wire;

    Comparison(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Comparison fromWire(String value) {
        for (Comparison c : values()) {
            if (c.wire.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no comparison has this wire name");
    }

    public boolean holds(double score, double threshold) {
        return switch (this) {
            case AT_OR_ABOVE -> score >= threshold;
            case ABOVE -> score > threshold;
            case AT_OR_BELOW -> score <= threshold;
            case BELOW -> score < threshold;
        };
    }
}
