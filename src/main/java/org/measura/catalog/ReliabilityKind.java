package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a published reliability coefficient: internal consistency (Cronbach's alpha) or test-retest. */
public enum ReliabilityKind {
    ALPHA("alpha"),
    TEST_RETEST("test-retest");

    private final String wire;

    ReliabilityKind(String wire) {
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
    public static ReliabilityKind fromWire(String value) {
        for (ReliabilityKind v : values()) {
            if (v.wire.equals(value)) {
                return v;
            }
        }
        return null;
    }
}
