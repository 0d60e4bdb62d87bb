package org.measura.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Colours and strokes of a course chart. Colours are from the Okabe–Ito palette, which stays distinguishable with
 * the common colour-vision deficiencies; every element also differs in line style, shape or label, so no meaning
 * rests on colour alone. Severity bands are a grey ramp (darker = more severe) so they never compete with the data.
 */
final class Palette {
    private Palette() {
    }

    static final Color BLACK = new Color(0x000000);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    static final Color BLUISH_GREEN = new Color(0x009E73);
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRID = new Color(0xD0D0D0);

    static final Color SCORE = BLUE;
    static final Color CUTOFF = VERMILLION;
    static final Color TERMINATION = BLACK;
    static final Color FOLLOW_UP = translucent(ORANGE, 0.12);
    static final Color RELIABLE_CHANGE = translucent(BLUISH_GREEN, 0.14);
    static final Color RELIABLE_CHANGE_EDGE = BLUISH_GREEN;
    static final Color SUDDEN_GAIN = BLUISH_GREEN;
    static final Color SUDDEN_LOSS = VERMILLION;
    static final Color MISSED_SESSION = translucent(REDDISH_PURPLE, 0.22);
    static final Color EXPECTED_RESPONSE = translucent(SKY_BLUE, 0.22);
    static final Color EXPECTED_MEDIAN = new Color(0x0072B2);
    static final Color AXIS_BREAK = Color.WHITE;
    static final Color AXIS_BREAK_EDGE = new Color(0x767676);

    /** The scores of the scales sharing a panel: colour, line style and shape differ, in this order. */
    static final Color[] SERIES = {BLUE, ORANGE, REDDISH_PURPLE, SKY_BLUE};
    static final Stroke[] SERIES_LINES = {
        solidScoreLine(),
        dashed(2.2f, 7f, 4f),
        dashed(2.2f, 2f, 3f),
        dashed(2.2f, 9f, 3f, 2f, 3f)};

    static final Stroke SCORE_LINE = solidScoreLine();
    static final Stroke CUTOFF_LINE = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 4f}, 0f);
    static final Stroke RELIABLE_CHANGE_EDGE_LINE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);
    static final Stroke TERMINATION_LINE = new BasicStroke(1.6f);
    static final Stroke ARROW_LINE = new BasicStroke(1.6f);
    static final Stroke AXIS_BREAK_LINE = dashed(1.2f, 4f, 3f);
    static final Stroke EXPECTED_MEDIAN_LINE = dashed(1.2f, 5f, 4f);

    private static Stroke solidScoreLine() {
        return new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static Stroke dashed(float width, float... dashes) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    /** Band fill for the i-th of n bands ordered from least to most severe: translucent, so the follow-up shows. */
    static Color band(int i, int n) {
        double share = n <= 1 ? 0 : (double) i / (n - 1);
        return translucent(BLACK, 0.03 + share * 0.17);
    }

    private static Color translucent(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }
}
