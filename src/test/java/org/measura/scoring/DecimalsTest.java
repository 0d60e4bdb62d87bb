package org.measura.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    /** What the service did before the fast path: half-up on the double's decimal form. */
    private static BigDecimal reference(double value, int places) {
        return new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP);
    }

    private static void agrees(double value, int places) {
        BigDecimal expected = reference(value, places);
        assertThat(Decimals.halfUpDecimal(value, places)).as("%s to %d places", value, places).isEqualTo(expected);
        assertThat(Decimals.halfUp(value, places)).as("%s to %d places", value, places)
                .isEqualTo(expected.doubleValue());
    }

    @Test
    void tiesGoAwayFromZeroOnTheDecimalForm() {
        // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875; its decimal form is 2.675.
        assertThat(Decimals.halfUp(2.675, 2)).isEqualTo(2.68);
        assertThat(Decimals.halfUp(-2.675, 2)).isEqualTo(-2.68);
        assertThat(Decimals.halfUp(1.005, 2)).isEqualTo(1.01);
        assertThat(Decimals.halfUp(0.125, 2)).isEqualTo(0.13);
        assertThat(Decimals.halfUp(-0.125, 2)).isEqualTo(-0.13);
        assertThat(Decimals.halfUp(12.5, 0)).isEqualTo(13.0);
        assertThat(Decimals.halfUp(2.9045, 3)).isEqualTo(2.905);
    }

    @Test
    void ordinaryValues() {
        assertThat(Decimals.halfUp(2.5357, 2)).isEqualTo(2.54);
        assertThat(Decimals.halfUp(-2.904347, 3)).isEqualTo(-2.904);
        assertThat(Decimals.halfUp(75.35714, 1)).isEqualTo(75.4);
        assertThat(Decimals.halfUpDecimal(12, 2)).isEqualTo(new BigDecimal("12.00"));
        assertThat(Decimals.halfUpDecimal(6.666666666666667, 2)).isEqualTo(new BigDecimal("6.67"));
    }

    @Test
    void zeroHasNoSign() {
        assertThat(Decimals.halfUp(-0.001, 2)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(Decimals.halfUp(-0.001, 2))).isZero();
        assertThat(Double.doubleToRawLongBits(Decimals.halfUp(-0.0, 2))).isZero();
        assertThat(Decimals.text(-0.001, 2)).isEqualTo("0");
    }

    @Test
    void textHasNoTrailingZerosAndATrueMinus() {
        assertThat(Decimals.text(7, 2)).isEqualTo("7");
        assertThat(Decimals.text(6.75, 2)).isEqualTo("6.75");
        assertThat(Decimals.text(-2.5, 2)).isEqualTo("\u22122.5");
        assertThat(Decimals.text(-2.9043, 3)).isEqualTo("\u22122.904");
        assertThat(Decimals.text(1234567890123.456, 2)).isEqualTo("1234567890123.46");
    }

    @Test
    void nonFiniteValuesPassThrough() {
        assertThat(Decimals.halfUp(Double.NaN, 2)).isNaN();
        assertThat(Decimals.halfUp(Double.POSITIVE_INFINITY, 2)).isInfinite();
    }

    @Test
    void agreesWithBigDecimalOnTiesNearTies() {
        for (int places = 0; places <= 4; places++) {
            double step = Math.pow(10, -places);
            for (long k = -200_000; k <= 200_000; k++) {
                double tie = (k + 0.5) * step;
                agrees(tie, places);
                agrees(Math.nextUp(tie), places);
                agrees(Math.nextDown(tie), places);
                agrees(k * step, places);
            }
        }
    }

    @Test
    void agreesWithBigDecimalOnRandomValues() {
        SplittableRandom random = new SplittableRandom(20261125);
        for (int i = 0; i < 2_000_000; i++) {
            int places = random.nextInt(5);
            double magnitude = Math.pow(10, random.nextInt(-4, 13));
            agrees((random.nextDouble() * 2 - 1) * magnitude, places);
            // ratios of small whole numbers, as means and prorated sums produce
            agrees((double) random.nextInt(-4000, 4000) / random.nextInt(1, 400), places);
        }
    }
}
