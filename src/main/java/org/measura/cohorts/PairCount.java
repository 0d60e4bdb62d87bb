package org.measura.cohorts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The exact counts of the NHS Talking Therapies paired PHQ-9/GAD-7 outcomes for one group (the partial's
 * {@code talkingTherapies}), from each client's paired classification (docs/reference and docs/cohorts.md).
 */
public enum PairCount {
    WITH_BOTH_MEASURES("withBothMeasures"),
    ASSESSED("assessed"),
    CASENESS_AT_START("casenessAtStart"),
    RECOVERY("recovery"),
    RELIABLE_IMPROVEMENT("reliableImprovement"),
    RELIABLE_DETERIORATION("reliableDeterioration"),
    NO_RELIABLE_CHANGE("noReliableChange"),
    RELIABLE_RECOVERY("reliableRecovery");

    private final String wire;

    PairCount(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    static PairCount fromWire(String value) {
        for (PairCount c : values()) {
            if (c.wire.equals(value)) {
                return c;
            }
        }
        return null;
    }
}
