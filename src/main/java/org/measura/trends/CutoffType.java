package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Jacobson &amp; Truax (1991) cut-offs, docs/reference/change-methods.md §2. */
public enum CutoffType {
    /** Two SD beyond the clinical mean, in the healthy direction. */
    A("a"),
    /** Within two SD of the functional mean. */
    B("b"),
    /** The SD-weighted midpoint between the clinical and functional means. */
    C("c");

    private final String wire;

    CutoffType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static CutoffType fromWire(String value) {
        for (CutoffType t : values()) {
            if (t.wire.equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no cut-off type has this wire name");
    }
}
