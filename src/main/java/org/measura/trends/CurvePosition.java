package org.measura.trends;

/**
 * Where a score lies among an expected-response curve's percentiles at its session (docs/cohorts.md); a score on a
 * percentile lies in the span below it, and one on the median is at the median. Worded by
 * {@link ExpectedResponseTexts#position}.
 */
enum CurvePosition {
    BELOW_P10,
    P10_TO_P25,
    P25_TO_P50,
    AT_MEDIAN,
    P50_TO_P75,
    P75_TO_P90,
    ABOVE_P90,
    /** None of the others: the percentiles give no span that holds the score. */
    WITHIN_RANGE
}
