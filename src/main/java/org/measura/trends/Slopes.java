package org.measura.trends;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    /** The median of (y_j − y_i)/(x_j − x_i) over all pairs i &lt; j with x_i ≠ x_j; null when there is none. */
    static Double theilSen(double[] x, double[] y) {
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
