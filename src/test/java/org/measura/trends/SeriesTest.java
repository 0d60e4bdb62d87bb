package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.measura.trends.Fixtures.START;
import static org.measura.trends.Fixtures.analyse;
import static org.measura.trends.Fixtures.comparison;
import static org.measura.trends.Fixtures.series;
import static org.measura.trends.Fixtures.threshold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordering, anchors, ties and the single-administration case. */
class SeriesTest {

    private static final Psychometrics PHQ = Psychometrics.builder().reliableChangeThreshold(threshold(6, true))
            .cutoff(Fixtures.atOrAbove(10)).build();

    @Test
    void oneAdministrationGivesASeriesAndSaysThereAreNoComparisons() throws Exception {
        ScaleTrend t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ,
                List.of(new Point(START, null, Phase.BASELINE, 14, "moderate", "moderate", null))));
        assertThat(t.n()).isEqualTo(1);
        assertThat(t.series()).hasSize(1);
        assertThat(t.series().get(0).bandLabel()).isEqualTo("moderate");
        assertThat(t.comparisons()).isEmpty();
        assertThat(t.trajectory()).isNull();
        assertThat(t.suddenChanges()).isNull();
        assertThat(t.followUp()).isNull();
        assertThat(t.summary()).isEqualTo("Not classified: only one administration (2024-01-01, score 14): the series is shown, but"
                + " there is nothing to compare it with, so there are no comparisons, no trajectory, no sudden gains"
                + " and no follow-up results.");
    }

    @Test
    void pointsAreOrderedByDateThenSessionWhateverTheArrivalOrder() throws Exception {
        List<Point> shuffled = List.of(Point.of(START.plusWeeks(2), 3, null, 10), Point.of(START, 1, null, 18),
                Point.of(START.plusWeeks(1), 2, null, 15));
        ScaleTrend t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, shuffled));
        assertThat(t.series()).extracting(SeriesPoint::score).containsExactly(18.0, 15.0, 10.0);
        // no baseline phase → the earliest is the baseline, and that is said
        assertThat(t.notes()).anyMatch(n -> n.startsWith("No administration is marked baseline"));
        ChangeComparison bl = comparison(t, "baseline-to-latest");
        assertThat(bl.rawChange()).isEqualTo(-8.0);
        // (10 − 18)/18 = −44.44 %
        assertThat(bl.percentChange()).isEqualTo(-44.44);
        ChangeComparison prev = comparison(t, "previous-to-latest");
        assertThat(prev.from().score()).isEqualTo(15.0);
        assertThat(prev.rawChange()).isEqualTo(-5.0);
    }

    @Test
    void baselinePhaseWinsOverTheEarliestPoint() throws Exception {
        List<Point> points = List.of(Point.of(START, null, null, 22), Point.of(START.plusWeeks(1), null,
                Phase.BASELINE, 18), Point.of(START.plusWeeks(5), null, null, 9));
        ScaleTrend t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, points));
        assertThat(comparison(t, "baseline-to-latest").from().score()).isEqualTo(18.0);
        assertThat(t.notes()).anyMatch(n -> n.contains("dated before the baseline"));
    }

    @Test
    void sameDateAndSessionIsRejected() {
        List<Point> points = List.of(new Point(START, 2, null, 10, null, null, 0),
                new Point(START, 2, null, 12, null, null, 3));
        assertThatThrownBy(() -> analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, points)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> {
                    FieldReason r = e.reasons().get(0);
                    assertThat(r.scale()).isEqualTo("test/total");
                    assertThat(r.field()).isEqualTo("administrations");
                    assertThat(r.administrations()).containsExactly(0, 3);
                    assertThat(r.reason()).contains("two scores on one date for one session");
                });
    }

    @Test
    void sameDateBothWithoutSessionIsRejected() {
        List<Point> points = List.of(Point.of(START, null, null, 10), Point.of(START, null, null, 12));
        assertThatThrownBy(() -> analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, points)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> assertThat(e.reasons().get(0).reason())
                        .contains("both without a session number"));
    }

    @Test
    void twoTerminationsAreRejected() {
        List<Point> points = List.of(Point.of(START, null, Phase.BASELINE, 18),
                Point.of(START.plusWeeks(1), null, Phase.TERMINATION, 12),
                Point.of(START.plusWeeks(2), null, Phase.TERMINATION, 10));
        assertThatThrownBy(() -> analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, points)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> {
                    assertThat(e.reasons().get(0).field()).isEqualTo("phase");
                    assertThat(e.reasons().get(0).reason()).contains("2 administrations are marked termination");
                });
    }

    @Test
    void sessionsOutOfDateOrderAreRejected() {
        List<Point> points = List.of(Point.of(START, 5, null, 18), Point.of(START.plusWeeks(1), 4, null, 12));
        assertThatThrownBy(() -> analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, points)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> assertThat(e.reasons().get(0).reason())
                        .isEqualTo("the lower session number is dated after the higher one"));
    }

    @Test
    void followUpBeforeTerminationIsNotUsedAsAFollowUp() throws Exception {
        List<Point> points = List.of(Point.of(START, null, Phase.BASELINE, 18),
                Point.of(START.plusWeeks(2), null, Phase.FOLLOW_UP, 12),
                Point.of(START.plusWeeks(4), null, Phase.TERMINATION, 8));
        ScaleTrend t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, points));
        assertThat(t.followUp()).isNull();
        assertThat(t.notes()).anyMatch(n -> n.contains("is not after the termination"));
    }

    @Test
    void reportSerialisesWithJackson() throws Exception {
        List<Point> points = List.of(Point.of(START, 1, Phase.BASELINE, 18), Point.of(START.plusWeeks(1), 2, null, 16),
                Point.of(START.plusWeeks(2), 3, null, 15), Point.of(START.plusWeeks(3), 4, null, 7),
                Point.of(START.plusWeeks(4), 5, null, 6), Point.of(START.plusWeeks(5), 6, Phase.TERMINATION, 5),
                Point.of(START.plusWeeks(17), null, Phase.FOLLOW_UP, 6));
        ScaleSeries s = new ScaleSeries("phq9", "total", "PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, points);
        TrendReport report = new TrendEngine().analyse(List.of(s), TrendOptions.defaults());
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode json = mapper.readTree(mapper.writeValueAsString(report));
        JsonNode scale = json.get("scales").get(0);
        assertThat(scale.get("direction").asText()).isEqualTo("lower-is-better");
        assertThat(scale.get("series").get(0).get("date").asText()).isEqualTo("2024-01-01");
        assertThat(scale.get("series").get(0).get("phase").asText()).isEqualTo("baseline");
        assertThat(scale.get("reliableChange").get("method").asText()).isEqualTo("published-threshold");
        assertThat(scale.get("comparisons").get(0).get("reliableChange").get("status").asText())
                .isEqualTo("reliable-improvement");
        assertThat(scale.get("comparisons").get(0).get("clinicalSignificance").get("category").asText())
                .isEqualTo("recovered");
        assertThat(scale.get("cutoff").get("comparison").asText()).isEqualTo("at-or-above");
        assertThat(scale.get("suddenChanges").get("gains").size()).isEqualTo(1);
        assertThat(scale.get("followUp").get("followUps").size()).isEqualTo(1);
        assertThat(scale.get("outcomes").size()).isEqualTo(4);
    }
}
