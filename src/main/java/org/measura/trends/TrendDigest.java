package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact form of a {@link TrendReport} ({@code detail=summary}): per scale its verdict, the key figures and the
 * sentences that explain them, without the series or the provenance of every figure. Built only from the full
 * report, so both forms always agree.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrendDigest(List<ScaleDigest> scales, TalkingTherapiesDigest talkingTherapies, String defenseStyle,
        List<String> notes) {

    /** One scale: the verdict ({@code summary}), the latest point, and each comparison with its sentence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScaleDigest(String instrumentId, String scaleId, String label, ScoreDirection direction, int n,
            String summary, String reliableChangeMethod, Double cutoff, PointRef latest,
            List<ComparisonDigest> comparisons, String trajectory, String suddenChanges,
            List<Classification> followUp, List<Classification> outcomes, List<String> notes) {
    }

    /** One comparison's figures and its sentence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComparisonDigest(ComparisonKind kind, PointRef from, PointRef to, double rawChange,
            ChangeStatus reliableChange, Category category, String explanation) {
    }

    /** The NHS Talking Therapies pair: its classifications and summary. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TalkingTherapiesDigest(boolean computed, List<Classification> classifications, String summary) {
    }

    public static TrendDigest of(TrendReport report) {
        List<ScaleDigest> scales = report.scales().stream().map(TrendDigest::scale).toList();
        TalkingTherapiesOutcome tt = report.talkingTherapies();
        return new TrendDigest(scales, tt == null ? null
                : new TalkingTherapiesDigest(tt.computed(), tt.classifications(), tt.summary()),
                report.defenseStyle() == null ? null : report.defenseStyle().explanation(),
                report.notes() == null || report.notes().isEmpty() ? null : report.notes());
    }

    private static ScaleDigest scale(ScaleTrend t) {
        List<SeriesPoint> series = t.series();
        List<ComparisonDigest> comparisons = t.comparisons().stream()
                .map(c -> new ComparisonDigest(c.kind(), c.from(), c.to(), c.rawChange(), c.reliableChange().status(),
                        c.clinicalSignificance().category(), c.explanation()))
                .toList();
        List<Classification> followUp = null;
        if (t.followUp() != null) {
            followUp = new ArrayList<>(t.followUp().classifications());
            for (FollowUpPoint p : t.followUp().followUps()) {
                followUp.addAll(p.classifications());
            }
        }
        return new ScaleDigest(t.instrumentId(), t.scaleId(), t.label(), t.direction(), t.n(), t.summary(),
                t.reliableChange() == null || t.reliableChange().method() == null ? null
                        : t.reliableChange().method().wire(),
                t.cutoff() == null ? null : t.cutoff().value(),
                series.isEmpty() ? null : point(series.get(series.size() - 1)),
                comparisons.isEmpty() ? null : comparisons,
                t.trajectory() == null ? null : t.trajectory().explanation(),
                t.suddenChanges() == null ? null : t.suddenChanges().explanation(),
                followUp, t.outcomes() == null || t.outcomes().isEmpty() ? null : t.outcomes(),
                t.notes() == null || t.notes().isEmpty() ? null : t.notes());
    }

    private static PointRef point(SeriesPoint p) {
        return new PointRef(p.date(), p.session(), p.phase(), p.score());
    }
}
