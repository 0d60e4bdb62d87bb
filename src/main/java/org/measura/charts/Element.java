package org.measura.charts;

/** The kinds of chart element: their SVG class and their legend entry. */
enum Element {
    SERIES("series", "score"),
    BAND("band", "severity band"),
    CUTOFF("cutoff", "clinical cut-off"),
    RELIABLE_CHANGE("reliable-change", "no reliable change from baseline"),
    EXPECTED_RESPONSE("expected-response", "expected response: 25th to 75th percentile, median dashed"),
    TERMINATION("termination", "termination"),
    FOLLOW_UP("follow-up", "follow-up period"),
    SUDDEN_GAIN("sudden-gain", "sudden gain"),
    SUDDEN_LOSS("sudden-loss", "sudden loss"),
    MISSED_SESSION("missed-session", "session with no administration (missed)"),
    AXIS_BREAK("axis-break", "axis break (time left out)"),
    DIRECTION("direction", null),
    LABEL("label", null);

    final String cssClass;
    final String legend;

    Element(String cssClass, String legend) {
        this.cssClass = cssClass;
        this.legend = legend;
    }
}
