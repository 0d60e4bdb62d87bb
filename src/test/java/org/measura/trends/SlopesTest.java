package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The linear-time Theil–Sen selection gives exactly the median that sorting every slope gives. */
class SlopesTest {

    @Test
    void selectionAgreesWithSortingOnSeriesWithTiesAndRepeatedDates() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(60);
            double[] x = new double[n];
            double[] y = new double[n];
            double day = 0;
            for (int i = 0; i < n; i++) {
                day += random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(14);
                x[i] = day / 7;
                y[i] = random.nextInt(4) == 0 ? 10 : random.nextInt(28);
            }
            assertThat(Slopes.theilSen(x, y)).as("round %d", round).isEqualTo(sortedMedian(x, y));
        }
    }

    @Test
    void longSeriesKeepOnlySlopesNearTheMedianAndGetTheSameValue() {
        Random random = new Random(23);
        int sampled = 0;
        for (int round = 0; round < 24; round++) {
            int n = 201 + random.nextInt(600);
            double[] x = new double[n];
            double[] y = new double[n];
            double day = 0;
            boolean heavyTies = round % 6 == 5;
            for (int i = 0; i < n; i++) {
                day += random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(14);
                x[i] = day / 7;
                y[i] = heavyTies ? (random.nextInt(10) == 0 ? 1 : 0)
                        : Math.round((19 - 13.0 * i / n + random.nextGaussian() * 3) * 100) / 100.0;
            }
            Double expected = sortedMedian(x, y);
            java.util.OptionalDouble fast = Slopes.sampledMedian(x, y);
            if (fast.isPresent()) {
                sampled++;
                assertThat(fast.getAsDouble()).as("round %d (n = %d)", round, n).isEqualTo(expected);
            }
            assertThat(Slopes.theilSen(x, y)).as("round %d (n = %d)", round, n).isEqualTo(expected);
        }
        assertThat(sampled).as("series where the sampled bounds were used").isGreaterThanOrEqualTo(18);
    }

    @Test
    void noSlopeWhenEveryPointSharesOneDate() {
        assertThat(Slopes.theilSen(new double[] {1, 1, 1}, new double[] {3, 4, 5})).isNull();
        assertThat(Slopes.theilSen(new double[] {2}, new double[] {3})).isNull();
    }

    @Test
    void selectFindsEveryRank() {
        Random random = new Random(5);
        double[] values = new double[101];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(10);
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (int k = 0; k < values.length; k++) {
            double[] a = values.clone();
            double kth = Slopes.select(a, a.length, k);
            assertThat(kth).isEqualTo(sorted[k]);
            for (int i = 0; i < k; i++) {
                assertThat(a[i]).isLessThanOrEqualTo(kth);
            }
        }
    }

    private static Double sortedMedian(double[] x, double[] y) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[j] != x[i]) {
                    slopes.add((y[j] - y[i]) / (x[j] - x[i]));
                }
            }
        }
        if (slopes.isEmpty()) {
            return null;
        }
        Collections.sort(slopes);
        int m = slopes.size();
        return m % 2 == 1 ? slopes.get(m / 2) : (slopes.get(m / 2 - 1) + slopes.get(m / 2)) / 2;
    }
}
