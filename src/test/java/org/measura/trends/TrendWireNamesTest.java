package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.ScoringPlans;

/** A cut-off comparison, method or cut-off type that names none of its set is refused with the names it may take. */
class TrendWireNamesTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadBuiltIn();
    private static final TrendAnalysis ANALYSIS = new TrendAnalysis(CATALOG, new ScoringPlans(CATALOG));

    @Test
    void eachUnknownNameIsRefusedWithTheNamesOfItsSet() {
        List<TrendAnalysis.AdministrationInput> administrations = List.of(
                new TrendAnalysis.AdministrationInput("phq9", "2026-01-05", null, null, null, Map.of("total", 19.0),
                        null),
                new TrendAnalysis.AdministrationInput("phq9", "2026-03-02", null, null, null, Map.of("total", 11.0),
                        null));
        TrendAnalysis.Result result = ANALYSIS.analyse(new TrendAnalysis.Input(administrations,
                List.of(new TrendAnalysis.MeasureInput("phq9", null, null, Map.of(), "sideways", null)),
                new TrendAnalysis.OptionsInput("guesswork", null, "d", null, null, null, null), null,
                new TrendAnalysis.Limits(500, 50, 200), i -> "#" + i));

        assertThat(result.faults()).extracting(FieldReason::reason).containsExactly(
                "must be at-or-above, above, at-or-below or below",
                "must be one of jacobson-truax, published-threshold, gulliksen-lord-novick, hsu-linn-lord,"
                        + " edwards-nunnally, nunnally-kotsch, hageman-arrindell",
                "must be a, b or c");
    }
}
