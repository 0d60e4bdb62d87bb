package org.measura.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Scale;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.Scorer;
import org.measura.trends.CallerFigures;
import org.measura.trends.ExpectedCurve;
import org.measura.trends.ExpectedResponseTrack;
import org.measura.trends.ExpectedResponseTracking;
import org.measura.trends.Phase;
import org.measura.trends.Point;
import org.measura.trends.ScaleSeries;
import org.measura.trends.ScaleTrend;
import org.measura.trends.TrackStatus;
import org.measura.trends.TrendEngine;
import org.measura.trends.TrendOptions;

/**
 * Expected-response curves of a small cohort worked by hand, and one client's statuses against them. Ten clients
 * start in the PHQ-9 band moderate (10–14), one in severe (22); sessions 1–4 weekly.
 */
class ExpectedResponseTest {

    static final InstrumentDefinition PHQ9 = Cohorts.CATALOG.find("phq9").orElseThrow();
    static final Scale TOTAL = PHQ9.scale("total").orElseThrow();

    static final double[][] MODERATE = {
            {10, 9, 8, 7}, {11, 9, 8, 7}, {12, 9, 8, 7}, {13, 12, 8, 7}, {14, 12, 12, 7},
            {10, 7, 7, 7}, {11, 10, 7, 7}, {12, 10, 7, 7}, {13, 10, 11, 7}, {14, 13, 11, 7}};

    /** PHQ-9 at sessions 1, 2, ... weekly, session 1 the baseline, with the catalog's bands. */
    static List<Point> points(double... scores) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ScaleResult.BandResult band = Scorer.band(TOTAL, scores[i]);
            points.add(new Point(Cohorts.START.plusWeeks(i), i + 1, i == 0 ? Phase.BASELINE : Phase.TREATMENT,
                    scores[i], band.id(), band.label(), null));
        }
        return points;
    }

    static ScaleTrend trend(double... scores) {
        return client(scores).report().scales().get(0);
    }

    static ClientCourse client(double... scores) {
        try {
            return ClientCourse.analysed(null, new TrendEngine().analyse(List.of(
                    ScaleSeries.ofCatalog(PHQ9, TOTAL, CallerFigures.none(), points(scores))), TrendOptions.defaults()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ExpectedResponses.Report derived() {
        List<ClientCourse> clients = new ArrayList<>();
        for (double[] course : MODERATE) {
            clients.add(client(course));
        }
        clients.add(client(22, 18));
        clients.add(ClientCourse.failed(null, Cohorts.REFUSED));
        return ExpectedResponses.derive(clients, 10);
    }

    private static void cell(ExpectedCurve.Cell c, int session, double mean, double sd, double p10, double p25,
            double p50, double p75, double p90) {
        assertThat(c.session()).isEqualTo(session);
        assertThat(c.n()).isEqualTo(10);
        assertThat(c.mean()).as("mean, session %d", session).isEqualTo(mean);
        assertThat(c.sd()).as("sd, session %d", session).isEqualTo(sd);
        assertThat(List.of(c.p10(), c.p25(), c.p50(), c.p75(), c.p90())).as("percentiles, session %d", session)
                .containsExactly(p10, p25, p50, p75, p90);
    }

    /**
     * Type 7: for n = 10 the p-th percentile sits at h = 9·p/100 (0-based) between x[⌊h⌋] and the next. Session 2
     * sorted: 7 9 9 9 10 10 10 12 12 13; p10 h 0.9: 7 + 0.9·2 = 8.8; p25 h 2.25: 9; p50 h 4.5: 10; p75 h 6.75:
     * 10 + 0.75·2 = 11.5; p90 h 8.1: 12 + 0.1 = 12.1; mean 101/10 = 10.1; SS 28.9, SD √(28.9/9) = 1.79. Session 3
     * sorted: 7 7 7 8 8 8 8 11 11 12; p25 7 + 0.25 = 7.25, p75 8 + 0.75·3 = 10.25, p90 11.1; mean 8.7, SS 32.1, SD
     * 1.89. Session 1: 10 10 11 11 12 12 13 13 14 14, mean 12, SS 20, SD 1.49. Session 4: all 7.
     */
    @Test
    void curvesOfASmallCohortMatchTheHandWorkedPercentiles() {
        ExpectedResponses.Report report = derived();
        assertThat(report.clients()).isEqualTo(12);
        assertThat(report.unanalysed()).isEqualTo(1);
        assertThat(report.percentileMethod()).contains("Hyndman & Fan 1996, definition 7");
        assertThat(report.curves()).extracting(ExpectedCurve::baselineBand).containsExactly("moderate", "severe");
        ExpectedCurve moderate = report.curves().get(0);
        assertThat(moderate.clients()).isEqualTo(10);
        assertThat(moderate.sessions()).hasSize(4);
        cell(moderate.sessions().get(0), 1, 12, 1.49, 10, 11, 12, 13, 14);
        cell(moderate.sessions().get(1), 2, 10.1, 1.79, 8.8, 9, 10, 11.5, 12.1);
        cell(moderate.sessions().get(2), 3, 8.7, 1.89, 7, 7.25, 8, 10.25, 11.1);
        cell(moderate.sessions().get(3), 4, 7, 0, 7, 7, 7, 7, 7);
        ExpectedCurve severe = report.curves().get(1);
        assertThat(severe.sessions()).isEmpty();
        assertThat(severe.omitted()).containsExactly(new ExpectedCurve.Omitted(1, 1), new ExpectedCurve.Omitted(2, 1));
        assertThat(report.notes()).anyMatch(n -> n.startsWith("2 sessions were left out for having fewer than 10"));
    }

    /**
     * Baseline 12 (moderate). Session 2: 11 ≤ p75 11.5: on track, between the 50th (10) and 75th. Session 3: 11 >
     * p75 10.25 but ≤ p90 11.1: at risk (the first off track). Session 4: 9 > p90 7: not on track. Session 5: no
     * figures in the curve.
     */
    @Test
    void aClientsStatusesAgainstTheCurveMatchTheHandWork() {
        List<ExpectedCurve> curves = derived().curves();
        ExpectedResponseTrack track = ExpectedResponseTracking.track(trend(12, 11, 11, 9, 6), curves, 75, 90);
        assertThat(track.tracked()).isTrue();
        assertThat(track.baselineBand()).isEqualTo("moderate");
        assertThat(track.sessions()).extracting(ExpectedResponseTrack.Session::status).containsExactly(
                TrackStatus.ON_TRACK, TrackStatus.AT_RISK, TrackStatus.NOT_ON_TRACK, TrackStatus.NO_EXPECTATION);
        assertThat(track.sessions().get(0).position()).isEqualTo("between the 50th and 75th percentiles");
        assertThat(track.sessions().get(0).expectedMedian()).isEqualTo(10);
        assertThat(track.firstOffTrack().session()).isEqualTo(3);
        assertThat(track.sessions().get(1).explanation()).isEqualTo("Session 3 (2026-01-19): 11, between the 75th "
                + "and 90th percentiles of the expected response (median 8): at risk, past the 75th percentile "
                + "(10.25) on the worse side.");
        // Thresholds as options: at risk past the median, not on track past the 75th. Session 2: 11 > 10 and ≤ 11.5.
        ExpectedResponseTrack stricter = ExpectedResponseTracking.track(trend(12, 11), curves, 50, 75);
        assertThat(stricter.sessions().get(0).status()).isEqualTo(TrackStatus.AT_RISK);
    }

    @Test
    void aCourseTooShortOrABandWithoutACurveIsSaidPlainly() {
        List<ExpectedCurve> curves = derived().curves().subList(0, 1);
        ExpectedResponseTrack baselineOnly = ExpectedResponseTracking.track(trend(12), curves, 75, 90);
        assertThat(baselineOnly.tracked()).isFalse();
        assertThat(baselineOnly.reason()).isEqualTo("Not yet set against the expected response: PHQ-9 total has only "
                + "the baseline (2026-01-05, 12), so there is no later session to compare.");
        ExpectedResponseTrack otherBand = ExpectedResponseTracking.track(trend(17, 15), curves, 75, 90);
        assertThat(otherBand.tracked()).isFalse();
        assertThat(otherBand.reason()).isEqualTo("Not set against an expected response: the baseline 17 on PHQ-9 "
                + "total is in band moderately-severe, and the curves supplied are for baseline band moderate only.");
    }
}
