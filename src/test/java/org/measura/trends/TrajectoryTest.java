package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.measura.trends.Fixtures.START;
import static org.measura.trends.Fixtures.analyse;
import static org.measura.trends.Fixtures.series;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    @Test
    void leastSquaresAndTheilSenByHand() {
        // x (weeks) = 0, 1, 2, 4; y = 20, 18, 15, 10. x̄ = 1.75, ȳ = 15.75.
        // Sxx = 3.0625 + 0.5625 + 0.0625 + 5.0625 = 8.75
        // Sxy = (−1.75)(4.25) + (−0.75)(2.25) + (0.25)(−0.75) + (2.25)(−5.75) = −7.4375 − 1.6875 − 0.1875 − 12.9375
        //     = −22.25 → slope = −22.25/8.75 = −2.542857
        double[] x = {0, 1, 2, 4};
        double[] y = {20, 18, 15, 10};
        assertThat(Slopes.leastSquares(x, y).slope()).isCloseTo(-2.542857, within(1e-6));
        // pairwise slopes: −2, −2.5, −2.5, −3, −2.6667, −2.5 → sorted −3, −2.667, −2.5, −2.5, −2.5, −2
        // median of six = (−2.5 + −2.5)/2 = −2.5
        assertThat(Slopes.theilSen(x, y)).isEqualTo(-2.5);
    }

    @Test
    void slopeStandardError() {
        // x = 0, 4, 8; y = 6, 7, 13: x̄ 4, ȳ 8.6667, Sxx 32, Sxy = (−4)(−2.6667) + (4)(4.3333) = 28 → 0.875
        // fitted 5.1667, 8.6667, 12.1667; residuals .8333, −1.6667, .8333; SSE = 4.1667
        // SE = √(4.1667/1/32) = 0.360844
        Slopes.Fit fit = Slopes.leastSquares(new double[] {0, 4, 8}, new double[] {6, 7, 13});
        assertThat(fit.slope()).isCloseTo(0.875, within(1e-9));
        assertThat(fit.standardError()).isCloseTo(0.360844, within(1e-6));
    }

    @Test
    void trajectoryPerWeekThroughTheEngine() throws Exception {
        List<Point> points = List.of(Point.of(START, 1, Phase.BASELINE, 20), Point.of(START.plusDays(7), 2, null, 18),
                Point.of(START.plusDays(14), 3, null, 15), Point.of(START.plusDays(28), 4, null, 10));
        Trajectory t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, Psychometrics.none(), points))
                .trajectory();
        assertThat(t.n()).isEqualTo(4);
        assertThat(t.leastSquaresSlopePerWeek()).isEqualTo(-2.543);
        assertThat(t.theilSenSlopePerWeek()).isEqualTo(-2.5);
        assertThat(t.weeksSpanned()).isEqualTo(4.0);
        assertThat(t.explanation()).isEqualTo("Over 4 administrations spanning 4 weeks, PHQ-9 fell by 2.543 points"
                + " per week by least squares (Theil–Sen: fell by 2.5 points per week); lower is better.");
    }

    @Test
    void tCriticalValuesMatchTheTable() {
        // Two-tailed α = .05 is the upper .975 point of the NIST/SEMATECH e-Handbook of Statistical Methods,
        // table 1.3.6.7.2 (critical values of Student's t), and α = .01 its .995 point
        assertThat(TwoTailedT.critical(1, 0.05)).isCloseTo(12.706, within(5e-4));
        assertThat(TwoTailedT.critical(2, 0.05)).isCloseTo(4.303, within(5e-4));
        assertThat(TwoTailedT.critical(3, 0.05)).isCloseTo(3.182, within(5e-4));
        assertThat(TwoTailedT.critical(4, 0.05)).isCloseTo(2.776, within(5e-4));
        assertThat(TwoTailedT.critical(10, 0.05)).isCloseTo(2.228, within(5e-4));
        assertThat(TwoTailedT.critical(30, 0.05)).isCloseTo(2.042, within(5e-4));
        assertThat(TwoTailedT.critical(100, 0.05)).isCloseTo(1.984, within(5e-4));
        assertThat(TwoTailedT.critical(1, 0.01)).isCloseTo(63.657, within(5e-4));
        assertThat(TwoTailedT.critical(5, 0.01)).isCloseTo(4.032, within(5e-4));
        assertThat(TwoTailedT.critical(30, 0.01)).isCloseTo(2.750, within(5e-4));
    }
}
