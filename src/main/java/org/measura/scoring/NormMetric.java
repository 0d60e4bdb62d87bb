package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a caller's reference sample mean and SD describe: the scale's score as this service reports it, the mean of
 * its items, or their sum.
 */
public enum NormMetric {
    SCORE("score"),
    ITEM_MEAN("item-mean"),
    ITEM_SUM("item-sum");

    private final String wire;

    NormMetric(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The metric written {@code value}, or null for any other value (the request's check names the field). */
    public static NormMetric fromWire(String value) {
        for (NormMetric m : values()) {
            if (m.wire.equals(value)) {
                return m;
            }
        }
        return null;
    }
}
