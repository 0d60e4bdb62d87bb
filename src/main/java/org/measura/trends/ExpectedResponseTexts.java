package org.measura.trends;

import java.util.List;

/**
 * The sentences of expected-response tracking, built from figures already decided, and the reasons of the faults in
 * the curves sent (stated after the field's name; adapters place a fault by its code and location, never by these
 * words).
 */
final class ExpectedResponseTexts {

    private ExpectedResponseTexts() {
    }

    static final String AT_RISK_PERCENTILE = "must be 50, 75 or 90";
    static final String NOT_ON_TRACK_PERCENTILE = "must be 75 or 90 and above atRiskPercentile";
    static final String CURVES_REQUIRED = "is required: at least one curve";
    static final String CURVE_INCOMPLETE = "must carry instrument, scale and sessions";
    static final String SESSION_REQUIRED = "is required: 0 or more";
    static final String PERCENTILE_REQUIRED = "is required: a finite number";

    /** @param baselineBand null for a curve of every baseline band */
    static String repeatsCurve(String key, String baselineBand) {
        return "repeats the curve of " + key + (baselineBand == null ? " for every baseline band"
                : " for baseline band " + baselineBand);
    }

    static String repeatsSession(int session) {
        return "repeats session " + session;
    }

    /** @param percentile the request name of the percentile it must not be below (p25) */
    static String notBelow(String percentile) {
        return "must not be below " + percentile;
    }

    static String position(CurvePosition position) {
        return switch (position) {
            case BELOW_P10 -> "below the 10th percentile";
            case P10_TO_P25 -> between("10th", "25th");
            case P25_TO_P50 -> between("25th", "50th");
            case AT_MEDIAN -> "at the median";
            case P50_TO_P75 -> between("50th", "75th");
            case P75_TO_P90 -> between("75th", "90th");
            case ABOVE_P90 -> "above the 90th percentile";
            case WITHIN_RANGE -> "within the expected range";
        };
    }

    private static String between(String lower, String upper) {
        return "between the " + lower + " and " + upper + " percentiles";
    }

    static String noCurve(String label) {
        return "Not set against an expected response: no curve was supplied for " + label + ".";
    }

    static String onlyFollowUps(String label) {
        return "Not set against an expected response: " + label + " has only follow-up administrations.";
    }

    static String noBandCurve(String label, SeriesPoint baseline, List<String> bands) {
        String has = String.join(", ", bands.stream().map(b -> b == null ? "every band" : b).toList());
        return "Not set against an expected response: the baseline " + Texts.num(baseline.score()) + " on " + label
                + (baseline.bandId() == null ? " has no severity band" : " is in band " + baseline.bandId())
                + ", and the curves supplied are for baseline band " + has + " only.";
    }

    static String tooShort(String label, SeriesPoint baseline) {
        return "Not yet set against the expected response: " + label + " has only the baseline (" + baseline.date()
                + ", " + Texts.num(baseline.score()) + "), so there is no later session to compare.";
    }

    static String noCell(SessionNumbers.Numbered n) {
        return "Session " + n.session() + " (" + n.point().date() + ", " + Texts.num(n.point().score()) + "): no "
                + "expectation, the curve has no figures for this session (too few clients, or beyond the curve).";
    }

    static String session(SessionNumbers.Numbered n, ExpectedCurve.Cell cell, String position, TrackStatus status,
            int riskPercentile, int offPercentile, double riskLine, double offLine) {
        String head = "Session " + n.session() + " (" + n.point().date() + "): " + Texts.num(n.point().score())
                + ", " + position + " of the expected response (median " + Texts.num(cell.p50()) + ")";
        return switch (status) {
            case NOT_ON_TRACK -> head + ": not on track, past the " + ordinal(offPercentile) + " percentile ("
                    + Texts.num(offLine) + ") on the worse side.";
            case AT_RISK -> head + ": at risk, past the " + ordinal(riskPercentile) + " percentile ("
                    + Texts.num(riskLine) + ") on the worse side.";
            default -> head + ": on track.";
        };
    }

    static String summary(String label, ExpectedCurve curve, List<ExpectedResponseTrack.Session> sessions,
            ExpectedResponseTrack.Session first) {
        long off = sessions.stream().filter(s -> s.status().offTrack()).count();
        String against = label + " against the expected response for baseline band "
                + (curve.baselineBand() == null ? "(any)" : curve.baselineBand()) + ": " + sessions.size()
                + (sessions.size() == 1 ? " session" : " sessions") + " compared";
        if (first == null) {
            return against + ", none off track.";
        }
        return against + ", " + off + " off track; first off track at session " + first.session() + " ("
                + first.status().wire().replace('-', ' ') + ").";
    }

    private static String ordinal(int p) {
        return p + "th";
    }
}
