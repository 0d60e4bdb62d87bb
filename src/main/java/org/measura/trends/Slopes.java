package org.measura.trends;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/** Ordinary least-squares and Theil–Sen slopes. */
final class Slopes {

    private Slopes() {
    }

    /** A least-squares line; {@code standardError} of the slope is null with fewer than 3 points. */
    record Fit(double slope, double intercept, Double standardError, int n) {
    }

    /** slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²; null when all x are equal or there are fewer than 2 points. */
    static Fit leastSquares(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        Double se = null;
        if (n >= 3) {
            double sse = 0;
            for (int i = 0; i < n; i++) {
                double residual = y[i] - (intercept + slope * x[i]);
                sse += residual * residual;
            }
            se = Math.sqrt(sse / (n - 2) / sxx);
        }
        return new Fit(slope, intercept, se, n);
    }

    /**
     * The median of (y_j − y_i)/(x_j − x_i) over all pairs i &lt; j with x_i ≠ x_j; null when there is none. Up to
     * {@value #SELECT_ALL_UP_TO} pairs the slopes go into one primitive array and the median is selected in linear
     * expected time rather than sorted (sorting boxed slopes was most of a trend's cost). Longer series first try
     * {@link #sampledMedian}, which keeps only the slopes near the median.
     */
    static Double theilSen(double[] x, double[] y) {
        int n = x.length;
        if ((long) n * (n - 1) / 2 > SELECT_ALL_UP_TO) {
            OptionalDouble sampled = sampledMedian(x, y);
            if (sampled.isPresent()) {
                return sampled.getAsDouble();
            }
        }
        double[] slopes = new double[n * (n - 1) / 2];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] != x[i]) {
                    slopes[m++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        if (m == 0) {
            return null;
        }
        int k = m / 2;
        double upper = select(slopes, m, k);
        if (m % 2 == 1) {
            return upper;
        }
        double lower = slopes[0];
        for (int i = 1; i < k; i++) {
            lower = Math.max(lower, slopes[i]);
        }
        return (lower + upper) / 2;
    }

    static final int SELECT_ALL_UP_TO = 20_000;
    private static final int SAMPLE = 2_048;
    private static final int WINDOW = 96;
    private static final int MAX_SAMPLE_DRAWS = 8 * SAMPLE;

    /**
     * The same median as selecting among all slopes, found by keeping only the slopes between two bounds taken from
     * a sample of slopes (Floyd and Rivest's idea): slopes below or above count, the few between are kept and the
     * median is selected among them. The slopes are computed by the same expression as in {@link #theilSen}, so the
     * value is identical; empty when the bounds miss the median or too many slopes fall between them (many tied
     * slopes, many shared dates), and the caller then selects among all. The sample is drawn from a generator seeded
     * by the series length, so the work done, like the answer, is the same for the same series.
     */
    static OptionalDouble sampledMedian(double[] x, double[] y) {
        int n = x.length;
        SplittableRandom random = new SplittableRandom(n);
        double[] sample = new double[SAMPLE];
        int drawn = 0;
        for (int draws = 0; drawn < SAMPLE; draws++) {
            if (draws == MAX_SAMPLE_DRAWS) {
                return OptionalDouble.empty();
            }
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (x[i] != x[j]) {
                int a = Math.min(i, j);
                int b = Math.max(i, j);
                sample[drawn++] = (y[b] - y[a]) / (x[b] - x[a]);
            }
        }
        Arrays.sort(sample);
        double low = sample[SAMPLE / 2 - WINDOW];
        double high = sample[SAMPLE / 2 + WINDOW];
        long pairs = (long) n * (n - 1) / 2;
        double[] kept = new double[(int) Math.min(Integer.MAX_VALUE - 8, pairs / 8 + 1_024)];
        int between = 0;
        long below = 0;
        long above = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] != x[i]) {
                    double slope = (y[j] - y[i]) / (x[j] - x[i]);
                    if (slope < low) {
                        below++;
                    } else if (slope > high) {
                        above++;
                    } else if (between == kept.length) {
                        return OptionalDouble.empty();
                    } else {
                        kept[between++] = slope;
                    }
                }
            }
        }
        long m = below + between + above;
        long k = m / 2;
        boolean even = m % 2 == 0;
        if (below > (even ? k - 1 : k) || k >= below + between) {
            return OptionalDouble.empty();
        }
        int at = (int) (k - below);
        double upper = select(kept, between, at);
        if (!even) {
            return OptionalDouble.of(upper);
        }
        double lower = kept[0];
        for (int i = 1; i < at; i++) {
            lower = Math.max(lower, kept[i]);
        }
        return OptionalDouble.of((lower + upper) / 2);
    }

    /**
     * The k-th smallest (0-based) of a[0..m) by Floyd and Rivest's selection (Floyd &amp; Rivest 1975, "Algorithm
     * 489: the algorithm SELECT", Communications of the ACM 18(3)): a range longer than {@value #SAMPLED_ABOVE} is
     * first narrowed by selecting within a sample around the expected rank, so that each partition around a[k] leaves
     * few elements on the wrong side; about 1.5 comparisons per element instead of quickselect's 2.75 (median of
     * three), which was the top self frame of a trend of 100 (docs/performance.md). Elements equal to the pivot stop
     * both scans, so runs of equal slopes split evenly. Reorders a: afterwards every element of a[0..k) is at most
     * a[k].
     */
    static double select(double[] a, int m, int k) {
        select(a, 0, m - 1, k);
        return a[k];
    }

    private static final int SAMPLED_ABOVE = 600;

    private static void select(double[] a, int left, int right, int k) {
        while (right > left) {
            if (right - left > SAMPLED_ABOVE) {
                int n = right - left + 1;
                int i = k - left + 1;
                double z = Math.log(n);
                double s = 0.5 * Math.exp(2 * z / 3);
                double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2.0);
                select(a, Math.max(left, (int) (k - i * s / n + sd)), Math.min(right, (int) (k + (n - i) * s / n + sd)),
                        k);
            }
            double t = a[k];
            int i = left;
            int j = right;
            swap(a, left, k);
            if (a[right] > t) {
                swap(a, right, left);
            }
            while (i < j) {
                swap(a, i, j);
                i++;
                j--;
                while (a[i] < t) {
                    i++;
                }
                while (a[j] > t) {
                    j--;
                }
            }
            if (a[left] == t) {
                swap(a, left, j);
            } else {
                j++;
                swap(a, j, right);
            }
            if (j <= k) {
                left = j + 1;
            }
            if (k <= j) {
                right = j - 1;
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
