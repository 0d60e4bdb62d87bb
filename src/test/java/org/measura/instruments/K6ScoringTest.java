package org.measura.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.measura.instruments.Scoring.all;
import static org.measura.instruments.Scoring.answers;
import static org.measura.instruments.Scoring.scale;
import static org.measura.instruments.Scoring.score;
import static org.measura.instruments.Scoring.scoreOf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.measura.api.ScoringPointers;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/**
 * K6 on the Kessler 0-4 coding (total 0-24): cut-offs at or above 5 (moderate distress) and 13 (serious mental
 * illness), Prochaska 2012, and 14 (Staples 2019); PhenX/LOINC 1-5 reversed coding declared as 'phenx-loinc'
 * (Kessler value = 5 - PhenX value); no published missing-item rule.
 */
class K6ScoringTest {

    private static final InstrumentDefinition K6 = Scoring.CATALOG.find("k6").orElseThrow();

    @Test
    void fullResponseSet() {
        // 2+1+3+2+2+1 = 11
        ScoreResult r = score("k6", answers(2, 1, 3, 2, 2, 1));
        assertThat(scoreOf(r, "total")).isEqualTo(11);
        assertThat(reached(r, "moderate-distress")).isTrue();
        assertThat(reached(r, "serious-distress")).isFalse();
        assertThat(reached(r, "staples-icbt")).isFalse();
    }

    @ParameterizedTest(name = "total {0}: moderate {1}, serious {2}, Staples {3}")
    @CsvSource({"0,false,false,false", "4,false,false,false", "5,true,false,false", "12,true,false,false",
            "13,true,true,false", "14,true,true,true", "24,true,true,true"})
    void cutoffBoundaries(int total, boolean moderate, boolean serious, boolean staples) {
        ScoreResult r = score("k6", giving(total));
        assertThat(scoreOf(r, "total")).isEqualTo(total);
        assertThat(reached(r, "moderate-distress")).isEqualTo(moderate);
        assertThat(reached(r, "serious-distress")).isEqualTo(serious);
        assertThat(reached(r, "staples-icbt")).isEqualTo(staples);
    }

    @Test
    void phenxLoincCodingIsReversed() {
        // PhenX 2,3,1,2,2,3 -> Kessler 5-v: 3,2,4,3,3,2 = 17
        ScoreResult r = score("k6", answers(2, 3, 1, 2, 2, 3), "phenx-loinc");
        assertThat(scoreOf(r, "total")).isEqualTo(17);
        assertThat(reached(r, "serious-distress")).isTrue();
        assertThat(r.coding()).isEqualTo("phenx-loinc");
        // PhenX 5 (none of the time) everywhere -> 0; PhenX 1 (all of the time) everywhere -> 24
        assertThat(scoreOf(score("k6", all(6, 5), "phenx-loinc"), "total")).isEqualTo(0);
        assertThat(scoreOf(score("k6", all(6, 1), "phenx-loinc"), "total")).isEqualTo(24);
        // the same digits read in the Kessler coding give a different total: 2+3+1+2+2+3 = 13
        assertThat(scoreOf(score("k6", answers(2, 3, 1, 2, 2, 3)), "total")).isEqualTo(13);
    }

    @Test
    void anyMissingItemIsNotScored() {
        Throwable t = catchThrowable(() -> Scorer.score(K6, answers(2, 1, 3, 2, 2, null), null));
        assertThat(t).isInstanceOf(NotScorableException.class);
        assertThat(((NotScorableException) t).reasons()).singleElement().asString().contains("needs every item");
    }

    @Test
    void valuesOffEitherCodingAndUnknownCodingsAreRefused() {
        Throwable own = catchThrowable(() -> Scorer.score(K6, answers(5, -1, 3, 2, 2, 1), null));
        assertThat(((InvalidResponsesException) own).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2");
        Throwable phenx = catchThrowable(() -> Scorer.score(K6, answers(0, 6, 3, 2, 2, 1), "phenx-loinc"));
        assertThat(((InvalidResponsesException) phenx).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactlyInAnyOrder("/responses/1", "/responses/2");
        Throwable coding = catchThrowable(() -> Scorer.score(K6, answers(2, 1, 3, 2, 2, 1), "us-0-4"));
        assertThat(((InvalidResponsesException) coding).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactly("/coding");
        Throwable unknown = catchThrowable(() -> Scorer.score(K6, Map.of("7", 1), null));
        assertThat(((InvalidResponsesException) unknown).faults()).extracting(f -> ScoringPointers.pointer(f.at()))
                .containsExactly("/responses/7");
    }

    @Test
    void seriousDistressIsTheRecoveryCutoff() {
        assertThat(K6.scale("total").orElseThrow().cutoffs()).filteredOn(c -> c.isRecovery()).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo(13));
    }

    private static boolean reached(ScoreResult r, String cutoffId) {
        return scale(r, "total").reading().cutoffs().stream().filter(c -> c.id().equals(cutoffId)).findFirst().orElseThrow()
                .reached();
    }

    /** Six items filled from the front with 4s, then the remainder. */
    static Map<String, Integer> giving(int total) {
        Integer[] values = new Integer[6];
        int left = total;
        for (int i = 0; i < 6; i++) {
            values[i] = Math.min(4, left);
            left -= values[i];
        }
        return answers(values);
    }
}
