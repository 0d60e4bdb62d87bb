package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a cited source was checked: the source itself was read (primary), only sources quoting it agree
 * (secondary), or one secondary source (single-secondary).
 */
public enum Verification {
    PRIMARY("primary"),
    SECONDARY("secondary"),
    SINGLE_SECONDARY("single-secondary");

    private final String wire;

    Verification(String wire) {
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
    public static Verification fromWire(String value) {
        for (Verification v : values()) {
            if (v.wire.equals(value)) {
                return v;
            }
        }
        return null;
    }
}
