package org.measura.trends;

/** A request-wide field that is no trend option, by the name a request gives it. */
public enum RequestPart {
    /** The course's administrations. */
    ADMINISTRATIONS("administrations"),
    /** The measure entries that override or define a scale's figures. */
    MEASURES("measures"),
    /** The percentile below which a client is at risk on an expected-response curve. */
    AT_RISK_PERCENTILE("expectedResponse/atRiskPercentile"),
    /** The percentile below which a client is not on track on an expected-response curve. */
    NOT_ON_TRACK_PERCENTILE("expectedResponse/notOnTrackPercentile"),
    /** The expected-response curves supplied. */
    CURVES("expectedResponse/curves");

    private final String wire;

    RequestPart(String wire) {
        this.wire = wire;
    }

    /** The field's request name. */
    public String wire() {
        return wire;
    }
}
