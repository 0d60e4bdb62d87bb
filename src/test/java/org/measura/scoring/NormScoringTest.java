package org.measura.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.measura.api.ScoringPointers;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;

/** z, T and percentile worked by hand; reference samples in other metrics are converted, never compared raw. */
class NormScoringTest {

    private static final InstrumentDefinition PHQ9 = InstrumentCatalog.loadBuiltIn().find("phq9").orElseThrow();

    private static Map<String, Integer> phq9Total(int... values) {
        Map<String, Integer> responses = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            responses.put(Integer.toString(i + 1), values[i]);
        }
        return responses;
    }

    @Test
    void withoutARequestThereAreNoNormScores() throws Exception {
        ScaleResult total = Scorer.score(PHQ9, phq9Total(2, 2, 1, 2, 1, 1, 2, 0, 1), null).scales().get(0);
        assertThat(total.norms()).isNullOrEmpty();
    }

    @Test
    void citedSamplesAskedForByIdArePlacedByHand() throws Exception {
        // Total 12. Kocalevent 2013 women M 3.1, SD 3.5: z = 8.9 / 3.5 = 2.542857 -> 2.54; T = 75.43 -> 75.4;
        // Phi(2.5429) = 0.99450 -> 99.5. Men M 2.7: z = 9.3 / 3.5 = 2.657 -> 2.66; T = 76.57 -> 76.6; Phi = 0.99606 -> 99.6.
        ScaleResult women = Scorer.score(PHQ9, phq9Total(2, 2, 1, 2, 1, 1, 2, 0, 1), null,
                Map.of("total", new BuiltInSample("de-general-women"))).scales().get(0);
        assertThat(women.norms()).hasSize(1);
        NormScore placed = women.norms().get(0);
        assertThat(placed.origin()).isEqualTo("definition");
        assertThat(placed.sample()).isEqualTo("German general population, women");
        assertThat(placed.z()).isEqualByComparingTo("2.54");
        assertThat(placed.t()).isEqualByComparingTo("75.4");
        assertThat(placed.percentile()).isEqualByComparingTo("99.5");
        NormScore men = Scorer.score(PHQ9, phq9Total(2, 2, 1, 2, 1, 1, 2, 0, 1), null,
                Map.of("total", new BuiltInSample("de-general-men"))).scales().get(0).norms().get(0);
        assertThat(men.z()).isEqualByComparingTo("2.66");
        assertThat(men.t()).isEqualByComparingTo("76.6");
        assertThat(men.percentile()).isEqualByComparingTo("99.6");
    }

    @Test
    void anUnknownSampleIdNamesTheSamplesThereAre() {
        InvalidResponsesException e = catchThrowableOfType(InvalidResponsesException.class,
                () -> Scorer.score(PHQ9, phq9Total(1, 1, 1, 1, 1, 1, 1, 1, 1), null,
                        Map.of("total", new BuiltInSample("uk-general"))));
        assertThat(e.faults()).extracting(f -> ScoringPointers.pointer(f.at())).containsExactly("/norms/total");
        assertThat(e.faults().get(0).reason()).isEqualTo("is not a reference sample of PHQ-9 total (samples: "
                + "de-general-women, de-general-men)");
    }

    @Test
    void itemMeanSamplesAreConvertedToTheScoreMetric() throws Exception {
        // An item-mean sample M 1.0, SD 0.5 on the 9-item PHQ-9 sum is M 9, SD 4.5 on the total.
        // Total 18: z = (18 - 9) / 4.5 = 2.00; T = 70.0; Phi(2) = 0.97725 -> 97.7.
        ScaleResult total = Scorer.score(PHQ9, phq9Total(2, 2, 2, 2, 2, 2, 2, 2, 2), null,
                Map.of("total", new ReferenceSample("item-mean sample", 1.0, 0.5, NormMetric.ITEM_MEAN))).scales().get(0);
        NormScore placed = total.norms().get(0);
        assertThat(placed.origin()).isEqualTo("request");
        assertThat(placed.mean()).isEqualTo(9.0);
        assertThat(placed.sd()).isEqualTo(4.5);
        assertThat(placed.z()).isEqualByComparingTo("2.00");
        assertThat(placed.t()).isEqualByComparingTo("70.0");
        assertThat(placed.percentile()).isEqualByComparingTo("97.7");
    }

    @Test
    void samplesWithoutAMetricAreRefused() {
        InvalidResponsesException e = catchThrowableOfType(InvalidResponsesException.class,
                () -> Scorer.score(PHQ9, phq9Total(1, 1, 1, 1, 1, 1, 1, 1, 1), null,
                        Map.of("total", new ReferenceSample("no metric", 5, 2, null))));
        assertThat(e.faults()).extracting(f -> ScoringPointers.pointer(f.at())).containsExactly("/norms/total/metric");
    }
}
