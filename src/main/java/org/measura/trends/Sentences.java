package org.measura.trends;

/** Building blocks of the plain-language sentences. */
final class Sentences {

    private Sentences() {
    }

    /** "PHQ-9 fell from 18 to 7 (−11)", "rose from 4 to 9 (+5)", "stayed at 12". */
    static String change(String label, double x1, double x2) {
        double change = x2 - x1;
        if (Texts.num(change).equals("0")) {
            return label + " stayed at " + Texts.num(x2);
        }
        return label + (change < 0 ? " fell" : " rose") + " from " + Texts.num(x1) + " to " + Texts.num(x2) + " ("
                + Texts.signed(change) + ")";
    }
}
