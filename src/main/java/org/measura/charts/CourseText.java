package org.measura.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.measura.trends.ChangeComparison;
import org.measura.trends.ComparisonKind;
import org.measura.trends.Classification;
import org.measura.trends.ScaleTrend;
import org.measura.trends.SeriesPoint;
import org.measura.trends.TalkingTherapiesOutcome;

/**
 * The course in words, for the chart's headings and the SVG's {@code <title>} and {@code <desc>} (what a screen
 * reader announces). The sentences are the trend engine's own.
 */
record CourseText(String title, String convention, String description) {

    static final String CONVENTION = "Better is up on every panel: where lower scores are better, the score axis is "
            + "inverted.";
    static final String MIXED_CONVENTION = "Better is up on every panel of one scale: where lower scores are better, "
            + "the score axis is inverted; a panel shared by scales that differ says which way is better for each.";

    static CourseText of(Course course, AxisKind axis) {
        List<ScalePanel> panels = course.scales();
        TalkingTherapiesOutcome talkingTherapies = course.talkingTherapies();
        boolean mixed = course.panels().stream().anyMatch(p -> p.direction() == null);
        String convention = mixed ? MIXED_CONVENTION : CONVENTION;
        List<String> labels = panels.stream().map(p -> p.trend().label()).toList();
        LocalDate first = null;
        LocalDate last = null;
        for (ScalePanel panel : panels) {
            for (SeriesPoint p : panel.trend().series()) {
                first = first == null || p.date().isBefore(first) ? p.date() : first;
                last = last == null || p.date().isAfter(last) ? p.date() : last;
            }
        }
        String span = Objects.equals(first, last) ? first.toString() : first + " to " + last;
        String title = "Course of " + and(labels) + ", " + span;
        List<String> sentences = new ArrayList<>();
        sentences.add("Chart of " + and(labels) + " over time, " + span + ", one panel per scale (scales of one "
                + "instrument with the same range share a panel) with a shared "
                + (axis == AxisKind.SESSION ? "axis of session numbers, follow-ups after a break" : "date axis")
                + ". Each panel shows the scores, the severity bands, the clinical cut-off, the band of no "
                + "reliable change around the baseline score, termination, the follow-up period, missed sessions "
                + "and sudden gains and losses, where there are any. " + convention);
        for (ScalePanel panel : panels) {
            sentences.add(describe(panel.trend()));
        }
        if (talkingTherapies != null && talkingTherapies.summary() != null) {
            sentences.add("NHS Talking Therapies (PHQ-9 and GAD-7 together): " + talkingTherapies.summary());
        }
        return new CourseText(title, convention, String.join(" ", sentences));
    }

    private static String describe(ScaleTrend trend) {
        List<String> parts = new ArrayList<>();
        parts.add(trend.label() + " (" + trend.direction().wire().replace('-', ' ') + "): " + trend.summary());
        if (trend.comparisons() != null) {
            trend.comparisons().stream().filter(c -> c.kind() == ComparisonKind.BASELINE_TO_LATEST).findFirst()
                    .map(ChangeComparison::explanation).ifPresent(parts::add);
        }
        if (trend.trajectory() != null) {
            parts.add(trend.trajectory().explanation());
        }
        if (trend.suddenChanges() != null && trend.suddenChanges().evaluated()) {
            parts.add("Sudden changes: " + trend.suddenChanges().explanation());
        }
        if (trend.followUp() != null && trend.followUp().classifications() != null) {
            trend.followUp().classifications().stream().filter(c -> "durable-recovery".equals(c.name()))
                    .map(Classification::explanation).forEach(parts::add);
        }
        return String.join(" ", parts);
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
