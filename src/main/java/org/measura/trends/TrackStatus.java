package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonValue;

/** A session's place against the expected response. */
public enum TrackStatus {
    ON_TRACK("on-track"),
    AT_RISK("at-risk"),
    NOT_ON_TRACK("not-on-track"),
    NO_EXPECTATION("no-expectation");

    private final String wire;

    TrackStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public boolean offTrack() {
        return this == AT_RISK || this == NOT_ON_TRACK;
    }
}
