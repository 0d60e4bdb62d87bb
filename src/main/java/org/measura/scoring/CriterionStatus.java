package org.measura.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a criterion's conditions hold: met, not met, or undetermined when unanswered items could still decide
 * it.
 */
public enum CriterionStatus {
    MET("met"),
    NOT_MET("not-met"),
    UNDETERMINED("undetermined");

    private final String wire;

    CriterionStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
