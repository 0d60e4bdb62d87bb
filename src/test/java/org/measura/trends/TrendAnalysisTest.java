package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.catalog.InstrumentCatalog;
import org.measura.fault.FaultCode;
import org.measura.scoring.ScoringPlans;

/**
 * The trend use case from a course as sent, without any adapter: each fault typed, located (a measure entry and its
 * field, an option, an administration and its field, a figure of a scale) and of form or of content.
 */
class TrendAnalysisTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadBuiltIn();
    private static final TrendAnalysis ANALYSIS = new TrendAnalysis(CATALOG, new ScoringPlans(CATALOG));
    private static final TrendAnalysis.Limits LIMITS = new TrendAnalysis.Limits(500, 50, 200);

    @Test
    void measureEntriesThatContradictTheCatalogAreFaultsOfContentAtTheEntry() {
        TrendAnalysis.Result result = ANALYSIS.analyse(input(twoPhq9Totals(),
                List.of(measure("phq9", "mood", null), measure("phq9", null, "higher-is-better"),
                        measure("gad7", null, null), measure("gad7", null, null)), null));

        // PHQ-9 has no scale "mood"; its total is lower-is-better; GAD-7 total is given twice (the second entry).
        assertThat(result.ok()).isFalse();
        assertThat(result.ofForm()).isFalse();
        assertThat(result.faults()).extracting(FieldReason::code, FieldReason::measure).containsExactly(
                tuple(FaultCode.UNKNOWN, new MeasureLocation(0, MeasureField.SCALE)),
                tuple(FaultCode.CONFLICT, new MeasureLocation(1, MeasureField.DIRECTION)),
                tuple(FaultCode.DUPLICATE, new MeasureLocation(3, MeasureField.ENTRY)));
        assertThat(result.faults().get(1).reason())
                .isEqualTo("contradicts the catalog definition, which says lower-is-better");
    }

    @Test
    void measureEntriesAndOptionsThatCannotBeReadAreFaultsOfFormAnsweredFirst() {
        List<TrendAnalysis.MeasureInput> measures = new ArrayList<>(Arrays.asList(null,
                measure(" ", null, null), measure("my-scale", null, null),
                new TrendAnalysis.MeasureInput("gad7", null, null, Map.of(), "sideways", null),
                measure("phq9", "mood", null)));
        TrendAnalysis.Result result = ANALYSIS.analyse(input(twoPhq9Totals(), measures,
                new TrendAnalysis.OptionsInput("guesswork", null, "d", null, null, null, null)));

        // The unknown PHQ-9 scale (content) waits until the faults of form are put right.
        assertThat(result.ofForm()).isTrue();
        assertThat(result.faults()).extracting(FieldReason::code, FieldReason::measure, FieldReason::figure,
                FieldReason::option).containsExactly(
                tuple(FaultCode.INVALID, new MeasureLocation(0, MeasureField.ENTRY), null, null),
                tuple(FaultCode.REQUIRED, new MeasureLocation(1, MeasureField.ID), null, null),
                tuple(FaultCode.REQUIRED, new MeasureLocation(2, MeasureField.DIRECTION), null, null),
                tuple(FaultCode.INVALID, new MeasureLocation(3, MeasureField.FIGURE), FigureName.CUTOFF_COMPARISON,
                        null),
                tuple(FaultCode.INVALID, null, null, TrendOption.METHOD),
                tuple(FaultCode.INVALID, null, null, TrendOption.CUTOFF_TYPE));
        assertThat(result.faults()).allMatch(FieldReason::ofForm);
    }

    @Test
    void answersAreLocatedAtTheirItem() {
        Map<String, Integer> withUnknownItem = allNine(2);
        withUnknownItem.put("mood", 1);
        TrendAnalysis.Result content = ANALYSIS.analyse(input(List.of(responses("2026-01-05", withUnknownItem,
                List.of()), responses("2026-03-02", allNine(1), List.of())), List.of(), null));

        // PHQ-9 has no item "mood": unknown, at that item of the first administration's responses.
        assertThat(content.ofForm()).isFalse();
        assertThat(content.faults()).extracting(FieldReason::code, FieldReason::at).containsExactly(
                tuple(FaultCode.UNKNOWN, CourseLocation.response(0, "mood")));

        TrendAnalysis.Result form = ANALYSIS.analyse(input(List.of(responses("2026-01-05", allNine(2),
                List.of(new TrendAnalysis.UnreadResponse("2", "must be a whole number on the form's scale"))),
                responses("2026-03-02", allNine(1), List.of())), List.of(), null));
        assertThat(form.ofForm()).isTrue();
        assertThat(form.faults()).extracting(FieldReason::code, FieldReason::at, FieldReason::reason)
                .containsExactly(tuple(null, CourseLocation.response(0, "2"),
                        "must be a whole number on the form's scale"));

        // All nine answered 2, then 1: totals 18 and 9.
        TrendAnalysis.Result scored = ANALYSIS.analyse(input(List.of(responses("2026-01-05", allNine(2), List.of()),
                responses("2026-03-02", allNine(1), List.of())), List.of(), null));
        assertThat(scored.ok()).isTrue();
        assertThat(scored.report().scales().get(0).series()).extracting(SeriesPoint::score).containsExactly(18.0, 9.0);
    }

    /** PHQ-9 items 1 to 9 all answered {@code value}. */
    private static Map<String, Integer> allNine(int value) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put(Integer.toString(i), value);
        }
        return answers;
    }

    @Test
    void aFigureTheChosenMethodNeedsIsPlacedAtTheMeasureEntrySentForItsScale() {
        TrendAnalysis.OptionsInput jacobsonTruax = new TrendAnalysis.OptionsInput("jacobson-truax", null, null, null,
                null, null, null);
        TrendAnalysis.Result withEntry = ANALYSIS.analyse(input(twoPhq9Totals(),
                List.of(measure("gad7", null, null), measure("phq9", null, null)), jacobsonTruax));
        TrendAnalysis.Result withoutEntry = ANALYSIS.analyse(input(twoPhq9Totals(), List.of(), jacobsonTruax));

        // The PHQ-9 definition publishes no reference SD, which Jacobson–Truax needs: a fault of content, placed at
        // the second entry where one is sent, else at the scale alone (with the option that chose the method).
        assertThat(withEntry.ofForm()).isFalse();
        FieldReason placed = withEntry.faults().stream().filter(f -> f.figure() == FigureName.REFERENCE_SD)
                .findFirst().orElseThrow();
        assertThat(placed.code()).isEqualTo(FaultCode.REQUIRED);
        assertThat(placed.scale()).isEqualTo("phq9/total");
        assertThat(placed.measure()).isEqualTo(new MeasureLocation(1, MeasureField.FIGURE));
        assertThat(placed.chosenBy()).isEqualTo(TrendOption.METHOD);
        FieldReason unplaced = withoutEntry.faults().stream().filter(f -> f.figure() == FigureName.REFERENCE_SD)
                .findFirst().orElseThrow();
        assertThat(unplaced.measure()).isNull();
    }

    @Test
    void aCourseWithinTheLimitsIsAnalysed() {
        TrendAnalysis.Result result = ANALYSIS.analyse(input(twoPhq9Totals(), List.of(), null));

        assertThat(result.ok()).isTrue();
        assertThat(result.report().scales()).extracting(ScaleTrend::instrumentId, ScaleTrend::scaleId)
                .containsExactly(tuple("phq9", "total"));

        List<TrendAnalysis.AdministrationInput> three = new ArrayList<>(twoPhq9Totals());
        three.add(scores("2026-04-06", 9));
        TrendAnalysis.Result tooMany = ANALYSIS.analyse(new TrendAnalysis.Input(three, List.of(), null, null,
                new TrendAnalysis.Limits(2, 50, 200), i -> "#" + i));
        assertThat(tooMany.ofForm()).isTrue();
        assertThat(tooMany.faults()).extracting(FieldReason::code, FieldReason::field, FieldReason::reason)
                .containsExactly(tuple(FaultCode.TOO_MANY, "administrations", "holds more than 2 administrations"));
    }

    private static TrendAnalysis.Input input(List<TrendAnalysis.AdministrationInput> administrations,
            List<TrendAnalysis.MeasureInput> measures, TrendAnalysis.OptionsInput options) {
        return new TrendAnalysis.Input(administrations, measures, options, null, LIMITS, i -> "#" + i);
    }

    /** PHQ-9 totals 19 on 2026-01-05 and 11 on 2026-03-02. */
    private static List<TrendAnalysis.AdministrationInput> twoPhq9Totals() {
        return List.of(scores("2026-01-05", 19), scores("2026-03-02", 11));
    }

    private static TrendAnalysis.AdministrationInput scores(String date, double total) {
        return new TrendAnalysis.AdministrationInput("phq9", date, null, null, null, Map.of("total", total), null);
    }

    private static TrendAnalysis.AdministrationInput responses(String date, Map<String, Integer> values,
            List<TrendAnalysis.UnreadResponse> unread) {
        return new TrendAnalysis.AdministrationInput("phq9", date, null, null,
                new TrendAnalysis.ResponsesInput(values, unread), null, null);
    }

    private static TrendAnalysis.MeasureInput measure(String id, String scale, String direction) {
        return new TrendAnalysis.MeasureInput(id, scale, direction, Map.of(), null, null);
    }
}
