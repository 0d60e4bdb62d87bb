package org.measura.trends;

import org.measura.trends.DefenseStyle.FactorChange;

/**
 * The words of the DSQ-40 defense-style profile, built from what {@link DefenseStyle} decided: why a factor's change
 * is descriptive only, and how the three factors moved, which style predominated at each end and whether the profile
 * shifted toward mature defenses.
 */
final class DefenseStyleTexts {

    private DefenseStyleTexts() {
    }

    static final String DESCRIPTIVE_ONLY = "descriptive only: no reliability and reference SD for this factor (supply"
            + " them in measures for reliable change)";

    static String explanation(FactorChange mature, FactorChange neurotic, FactorChange immature, String atBaseline,
            String atLatest, boolean shifted) {
        return "From " + mature.from().date() + " to " + mature.to().date() + " the mature factor " + moved(mature)
                + ", the neurotic factor " + moved(neurotic) + " and the immature factor " + moved(immature)
                + "; the predominant style was " + atBaseline + " at baseline and " + atLatest
                + " at the latest administration, so the profile " + (shifted ? "shifted" : "did not shift")
                + " toward mature defenses (that needs the mature factor to rise and the immature factor to fall).";
    }

    private static String moved(FactorChange f) {
        String verb = f.change() > 0 ? "rose" : f.change() < 0 ? "fell" : "stayed";
        return verb + " from " + Texts.num(f.from().score()) + " to " + Texts.num(f.to().score());
    }
}
