package org.measura.charts;

import java.util.ArrayList;
import java.util.List;
import org.measura.trends.ScoreDirection;

/**
 * One panel of a course chart: one scale, or several scales of one instrument that share a range and have no
 * severity bands (the DSQ-40 factors, the CORE-OM domains), drawn on one axis so that they read against each
 * other.
 */
record CoursePanel(List<ScalePanel> scales) {

    /** At most this many scales share a panel; more would no longer tell apart. */
    static final int MAX_SHARED = 4;

    CoursePanel {
        scales = List.copyOf(scales);
    }

    /** The panels for the scales in the order asked: each scale joins the first panel it can share. */
    static List<CoursePanel> layout(List<ScalePanel> scales) {
        List<List<ScalePanel>> panels = new ArrayList<>();
        for (ScalePanel scale : scales) {
            List<ScalePanel> shared = panels.stream()
                    .filter(p -> p.size() < MAX_SHARED && canShare(p.get(0), scale)).findFirst().orElse(null);
            if (shared != null) {
                shared.add(scale);
            } else {
                panels.add(new ArrayList<>(List.of(scale)));
            }
        }
        return panels.stream().map(CoursePanel::new).toList();
    }

    private static boolean canShare(ScalePanel a, ScalePanel b) {
        return a.range() != null && a.bands().isEmpty() && b.bands().isEmpty()
                && a.trend().instrumentId().equals(b.trend().instrumentId())
                && a.range().equals(b.range());
    }

    boolean shared() {
        return scales.size() > 1;
    }

    ScalePanel first() {
        return scales.get(0);
    }

    /** The direction all scales share, or null when they differ. */
    ScoreDirection direction() {
        ScoreDirection direction = first().trend().direction();
        return scales.stream().allMatch(s -> s.trend().direction() == direction) ? direction : null;
    }

    /** Key for element ids: the scale's, or for a shared panel its instrument's. */
    String key() {
        return shared() ? first().trend().instrumentId() : first().key();
    }

    /** The axis label: the scale's label, or what the labels of a shared panel have in common. */
    String label() {
        if (!shared()) {
            return first().trend().label();
        }
        String common = commonPrefix();
        return common.isBlank() ? first().trend().instrumentId() : common.strip();
    }

    /** A scale's name within a shared panel: its label without the words all the labels share. */
    String shortLabel(ScalePanel scale) {
        String label = scale.trend().label();
        String common = commonPrefix();
        return shared() && label.length() > common.length() ? label.substring(common.length()).strip() : label;
    }

    private String commonPrefix() {
        String prefix = first().trend().label();
        for (ScalePanel s : scales) {
            String label = s.trend().label();
            int n = 0;
            while (n < prefix.length() && n < label.length() && prefix.charAt(n) == label.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        // Whole words only.
        int space = prefix.lastIndexOf(' ');
        return space < 0 ? "" : prefix.substring(0, space + 1);
    }
}
