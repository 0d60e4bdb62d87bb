package org.measura.trends;

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
     * The median of (y_j − y_i)/(x_j − x_i) over all pairs i &lt; j with x_i ≠ x_j; null when there is none. The
     * n(n−1)/2 slopes go into one primitive array and the median is selected in linear expected time rather than
     * sorted: with hundreds of points, sorting boxed slopes was most of a trend's cost.
     */
    static Double theilSen(double[] x, double[] y) {
        int n = x.length;
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

    /**
     * The k-th smallest (0-based) of a[0..m) by quickselect (Hoare partition, median-of-three pivot, so runs of equal
     * slopes split evenly). Reorders a: afterwards every element of a[0..k) is at most a[k].
     */
    static double select(double[] a, int m, int k) {
        int lo = 0;
        int hi = m - 1;
        while (hi > lo) {
            double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
