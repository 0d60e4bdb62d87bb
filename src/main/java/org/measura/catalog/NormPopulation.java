package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whom a published reference sample describes, so that trend comparisons know which cut-off formula it may feed.
 */
public enum NormPopulation {
    GENERAL("general"),
    CLINICAL("clinical"),
    FUNCTIONAL("functional");

    private final String wire;

    NormPopulation(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /**
     * The constant written {@code value}, or null for any other value: the definition's validator then names the
     * field and the values it takes, alongside every other fault of the definition.
     */
    @JsonCreator
    public static NormPopulation fromWire(String value) {
        for (NormPopulation v : values()) {
            if (v.wire.equals(value)) {
                return v;
            }
        }
        return null;
    }
}
