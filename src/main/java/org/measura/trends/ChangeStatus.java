package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonValue;

/** The verdict of a reliable-change method on one comparison. */
public enum ChangeStatus {
    RELIABLE_IMPROVEMENT("reliable-improvement"),
    RELIABLE_DETERIORATION("reliable-deterioration"),
    NO_RELIABLE_CHANGE("no-reliable-change"),
    NOT_COMPUTABLE("not-computable");

    private final String wire;

    ChangeStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public String words() {
        return switch (this) {
            case RELIABLE_IMPROVEMENT -> "reliable improvement";
            case RELIABLE_DETERIORATION -> "reliable deterioration";
            case NO_RELIABLE_CHANGE -> "not a reliable change";
            case NOT_COMPUTABLE -> "not computable";
        };
    }
}
