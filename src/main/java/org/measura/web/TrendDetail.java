package org.measura.web;

import org.measura.api.ProblemType;

/** How much of a trend answer to send: everything (the default) or the compact summary. */
enum TrendDetail {
    FULL("full"),
    SUMMARY("summary");

    private final String wire;

    TrendDetail(String wire) {
        this.wire = wire;
    }

    static final String REFUSED = "The query parameter detail must be full or summary.";

    /** The query parameter's value, read before anything else the operation does; absent is full. */
    static TrendDetail fromQuery(String value) {
        if (value == null || value.equals(FULL.wire)) {
            return FULL;
        }
        if (value.equals(SUMMARY.wire)) {
            return SUMMARY;
        }
        throw ProblemType.INVALID_REQUEST.exception(REFUSED);
    }
}
