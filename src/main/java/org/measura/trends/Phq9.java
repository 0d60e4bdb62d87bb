package org.measura.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * PHQ-9 response (a reduction of 50 % or more from baseline) and remission (a score below 5),
 * docs/reference/change-methods.md §9 (Psychiatric Services, doi:10.1176/appi.ps.201900295), for baseline→latest
 * and, when it differs, baseline→termination.
 */
final class Phq9 {

    static final String INSTRUMENT = "phq9";
    static final String SCALE = "total";

    private Phq9() {
    }

    static boolean applies(ScaleSeries s) {
        return INSTRUMENT.equals(s.instrumentId()) && SCALE.equals(s.scaleId());
    }

    static List<Classification> outcomes(ScaleSeries s, PreparedSeries prep) {
        List<Classification> out = new ArrayList<>();
        if (prep.sorted.size() < 2) {
            return out;
        }
        int last = prep.last();
        if (last != prep.baseline) {
            add(out, s, ComparisonKind.BASELINE_TO_LATEST, prep.point(prep.baseline), prep.point(last), "latest");
        }
        if (prep.termination != null && prep.termination != prep.baseline && prep.termination != last) {
            add(out, s, ComparisonKind.BASELINE_TO_TERMINATION, prep.point(prep.baseline), prep.point(prep.termination),
                    "termination");
        }
        return out;
    }

    private static void add(List<Classification> out, ScaleSeries s, ComparisonKind comparison, Point from, Point to,
            String where) {
        double x1 = from.score();
        double x2 = to.score();
        String label = s.label();
        Boolean response;
        String text;
        if (x1 <= 0) {
            response = null;
            text = Phq9Texts.responseUndefined(label, x1);
        } else {
            double reduction = (x1 - x2) / x1;
            response = x1 - x2 >= 0.5 * x1 - 1e-9;
            text = x2 >= x1 ? Phq9Texts.noReduction(label, x1, x2)
                    : Phq9Texts.reduction(label, x1, x2, reduction, response);
        }
        out.add(new Classification("phq9-response", comparison, response, text));
        boolean remission = x2 < 5;
        out.add(new Classification("phq9-remission", comparison, remission,
                Phq9Texts.remission(label, where, to.date(), x2, remission)));
    }
}
