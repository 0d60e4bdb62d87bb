package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.measura.fault.FaultCode;

/**
 * Sets a client's course against expected-response curves (docs/cohorts.md): at each session after the baseline, the
 * score is at risk past the at-risk percentile on the worse side (default the 75th; the 25th when higher is better)
 * and not on track past the not-on-track percentile (default the 90th; the 10th). Sentences, and the reasons of the
 * curves' faults, are built in {@link ExpectedResponseTexts}.
 */
public final class ExpectedResponseTracking {

    public static final int DEFAULT_AT_RISK = 75;
    public static final int DEFAULT_NOT_ON_TRACK = 90;
    /** The percentiles a curve holds on the worse side of the median, where the thresholds may lie. */
    public static final List<Integer> THRESHOLDS = List.of(50, 75, 90);

    private ExpectedResponseTracking() {
    }

    public static ExpectedResponseTrack track(ScaleTrend trend, List<ExpectedCurve> curves, int atRisk,
            int notOnTrack) {
        String key = trend.instrumentId() + "/" + trend.scaleId();
        List<ExpectedCurve> forMeasure = curves.stream().filter(c -> c.key().equals(key)).toList();
        SessionNumbers.Course course = SessionNumbers.of(trend);
        String band = course == null ? null : course.baseline().point().bandId();
        if (forMeasure.isEmpty()) {
            return untracked(trend, band, atRisk, notOnTrack, ExpectedResponseTexts.noCurve(trend.label()));
        }
        if (course == null) {
            return untracked(trend, null, atRisk, notOnTrack, ExpectedResponseTexts.onlyFollowUps(trend.label()));
        }
        ExpectedCurve curve = forMeasure.stream().filter(c -> Objects.equals(c.baselineBand(), band)).findFirst()
                .orElse(forMeasure.stream().filter(c -> c.baselineBand() == null).findFirst().orElse(null));
        if (curve == null) {
            List<String> bands = forMeasure.stream().map(ExpectedCurve::baselineBand).toList();
            return untracked(trend, band, atRisk, notOnTrack, ExpectedResponseTexts.noBandCurve(trend.label(),
                    course.baseline().point(), bands));
        }
        if (course.after().isEmpty()) {
            return untracked(trend, band, atRisk, notOnTrack, ExpectedResponseTexts.tooShort(trend.label(),
                    course.baseline().point()));
        }
        int sign = trend.direction().sign();
        List<ExpectedResponseTrack.Session> sessions = new ArrayList<>();
        ExpectedResponseTrack.Session first = null;
        for (SessionNumbers.Numbered n : course.after()) {
            ExpectedCurve.Cell cell = curve.sessions().stream().filter(c -> c.session() == n.session()).findFirst()
                    .orElse(null);
            ExpectedResponseTrack.Session s = session(n, cell, sign, atRisk, notOnTrack);
            sessions.add(s);
            if (first == null && s.status().offTrack()) {
                first = s;
            }
        }
        return new ExpectedResponseTrack(trend.instrumentId(), trend.scaleId(), band, true, null, atRisk, notOnTrack,
                sessions, first, ExpectedResponseTexts.summary(trend.label(), curve, sessions, first));
    }

    private static ExpectedResponseTrack untracked(ScaleTrend trend, String band, int atRisk, int notOnTrack,
            String reason) {
        return new ExpectedResponseTrack(trend.instrumentId(), trend.scaleId(), band, false, reason, atRisk,
                notOnTrack, null, null, reason);
    }

    private static ExpectedResponseTrack.Session session(SessionNumbers.Numbered n, ExpectedCurve.Cell cell, int sign,
            int atRisk, int notOnTrack) {
        double x = n.point().score();
        if (cell == null) {
            return new ExpectedResponseTrack.Session(n.session(), n.point().date(), x, null, null, null, null, null,
                    null, TrackStatus.NO_EXPECTATION, ExpectedResponseTexts.noCell(n));
        }
        // On a lower-is-better scale the worse side is above: past the 75th percentile; higher-is-better mirrors it.
        double riskLine = percentile(cell, sign < 0 ? atRisk : 100 - atRisk);
        double offLine = percentile(cell, sign < 0 ? notOnTrack : 100 - notOnTrack);
        TrackStatus status = sign * x < sign * offLine ? TrackStatus.NOT_ON_TRACK
                : sign * x < sign * riskLine ? TrackStatus.AT_RISK : TrackStatus.ON_TRACK;
        String position = ExpectedResponseTexts.position(position(cell, x));
        return new ExpectedResponseTrack.Session(n.session(), n.point().date(), x, cell.p50(), cell.p25(), cell.p75(),
                cell.p10(), cell.p90(), position, status, ExpectedResponseTexts.session(n, cell, position, status,
                        sign < 0 ? atRisk : 100 - atRisk, sign < 0 ? notOnTrack : 100 - notOnTrack, riskLine,
                        offLine));
    }

    static double percentile(ExpectedCurve.Cell cell, int p) {
        return switch (p) {
            case 10 -> cell.p10();
            case 25 -> cell.p25();
            case 50 -> cell.p50();
            case 75 -> cell.p75();
            case 90 -> cell.p90();
            default -> throw new IllegalArgumentException("no percentile " + p);
        };
    }

    private static CurvePosition position(ExpectedCurve.Cell c, double x) {
        if (x < c.p10()) {
            return CurvePosition.BELOW_P10;
        }
        if (x > c.p90()) {
            return CurvePosition.ABOVE_P90;
        }
        if (x == c.p50()) {
            return CurvePosition.AT_MEDIAN;
        }
        double[] cuts = {c.p10(), c.p25(), c.p50(), c.p75(), c.p90()};
        CurvePosition[] spans = {CurvePosition.P10_TO_P25, CurvePosition.P25_TO_P50, CurvePosition.P50_TO_P75,
                CurvePosition.P75_TO_P90};
        for (int i = 0; i < cuts.length - 1; i++) {
            if (x >= cuts[i] && x <= cuts[i + 1]) {
                return spans[i];
            }
        }
        return CurvePosition.WITHIN_RANGE;
    }

    /**
     * Checks supplied curves: known thresholds, finite ordered percentiles, sessions of 0 or more given once, each
     * (measure, band) once. Faults are located under {@code expectedResponse}.
     */
    public static List<FieldReason> check(List<ExpectedCurve> curves, int atRisk, int notOnTrack) {
        List<FieldReason> faults = new ArrayList<>();
        if (!THRESHOLDS.contains(atRisk)) {
            faults.add(FieldReason.request(FaultCode.INVALID, RequestPart.AT_RISK_PERCENTILE,
                    ExpectedResponseTexts.AT_RISK_PERCENTILE));
        }
        if (!THRESHOLDS.contains(notOnTrack) || notOnTrack <= atRisk) {
            faults.add(FieldReason.request(FaultCode.INVALID, RequestPart.NOT_ON_TRACK_PERCENTILE,
                    ExpectedResponseTexts.NOT_ON_TRACK_PERCENTILE));
        }
        if (curves == null || curves.isEmpty()) {
            faults.add(FieldReason.request(FaultCode.REQUIRED, RequestPart.CURVES,
                    ExpectedResponseTexts.CURVES_REQUIRED));
            return faults;
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            ExpectedCurve c = curves.get(i);
            String curve = "/" + i;
            if (c == null || c.instrument() == null || c.scale() == null || c.sessions() == null) {
                faults.add(FieldReason.request(FaultCode.REQUIRED, RequestPart.CURVES, curve,
                        ExpectedResponseTexts.CURVE_INCOMPLETE));
                continue;
            }
            String id = c.key() + " " + c.baselineBand();
            if (seen.contains(id)) {
                faults.add(FieldReason.request(FaultCode.DUPLICATE, RequestPart.CURVES, curve,
                        ExpectedResponseTexts.repeatsCurve(c.key(), c.baselineBand())));
            }
            seen.add(id);
            List<Integer> sessions = new ArrayList<>();
            for (int j = 0; j < c.sessions().size(); j++) {
                ExpectedCurve.Cell cell = c.sessions().get(j);
                String cat = curve + "/sessions/" + j;
                if (cell == null || cell.session() == null || cell.session() < 0) {
                    faults.add(FieldReason.request(FaultCode.REQUIRED, RequestPart.CURVES, cat + "/session",
                            ExpectedResponseTexts.SESSION_REQUIRED));
                    continue;
                }
                if (sessions.contains(cell.session())) {
                    faults.add(FieldReason.request(FaultCode.DUPLICATE, RequestPart.CURVES, cat + "/session",
                            ExpectedResponseTexts.repeatsSession(cell.session())));
                }
                sessions.add(cell.session());
                Double[] ps = {cell.p10(), cell.p25(), cell.p50(), cell.p75(), cell.p90()};
                String[] names = {"p10", "p25", "p50", "p75", "p90"};
                for (int k = 0; k < ps.length; k++) {
                    if (ps[k] == null || !Double.isFinite(ps[k])) {
                        faults.add(FieldReason.request(FaultCode.REQUIRED, RequestPart.CURVES, cat + "/" + names[k],
                                ExpectedResponseTexts.PERCENTILE_REQUIRED));
                    } else if (k > 0 && ps[k - 1] != null && Double.isFinite(ps[k - 1]) && ps[k] < ps[k - 1]) {
                        faults.add(FieldReason.request(FaultCode.INVALID, RequestPart.CURVES, cat + "/" + names[k],
                                ExpectedResponseTexts.notBelow(names[k - 1])));
                    }
                }
            }
        }
        return faults;
    }
}
