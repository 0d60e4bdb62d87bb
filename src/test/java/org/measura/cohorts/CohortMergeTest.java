package org.measura.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.measura.api.CohortPointers;
import org.measura.trends.Phase;

/**
 * Partials of any split of a cohort, written to JSON and read back, merged in any order, answer exactly as one pass
 * over all clients: every figure of every group and measure, and the partial itself.
 */
class CohortMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The hand-worked cohort plus clients with prorated-looking scores, whose sums need the exact decimals. */
    private static List<ClientCourse> cohort() {
        List<ClientCourse> clients = new ArrayList<>(CohortOutcomesTest.cohort());
        double[][] fractional = {{13.5, 7.88}, {20.25, 11.13}, {9.38, 14.63}, {17.13, 3.38}};
        for (int i = 0; i < fractional.length; i++) {
            clients.add(Cohorts.client(i % 2 == 0 ? "C" : null, List.of(
                    Cohorts.v(0, Phase.BASELINE, fractional[i][0], 8.17 + i),
                    Cohorts.v(10, Phase.TERMINATION, fractional[i][1], 3.71 + i))));
        }
        return clients;
    }

    @Test
    void anySplitMergedInAnyOrderEqualsTheWhole() throws Exception {
        List<ClientCourse> all = cohort();
        CohortReport whole = CohortOutcomes.outcomes(all, List.of(), Cohorts.KIND_ONLY);
        Random random = new Random(20261201L);
        for (int round = 0; round < 200; round++) {
            List<ClientCourse> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            int parts = 1 + random.nextInt(8);
            List<List<ClientCourse>> split = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                split.add(new ArrayList<>());
            }
            for (ClientCourse c : shuffled) {
                split.get(random.nextInt(parts)).add(c);
            }
            List<CohortPartial> partials = new ArrayList<>();
            for (List<ClientCourse> part : split) {
                CohortPartial partial = CohortOutcomes.outcomes(part, List.of(), Cohorts.KIND_ONLY).partial();
                partials.add(JSON.readValue(JSON.writeValueAsString(partial), CohortPartial.class));
            }
            Collections.shuffle(partials, random);
            CohortReport merged = CohortOutcomes.merge(partials, CheckedBenchmarks.NONE);
            assertThat(merged.partial()).as("partial of round %d", round).isEqualTo(whole.partial());
            assertThat(merged.overall()).as("overall of round %d", round).isEqualTo(whole.overall());
            assertThat(merged.groups()).as("groups of round %d", round).isEqualTo(whole.groups());
            assertThat(JSON.writeValueAsString(merged.overall())).isEqualTo(JSON.writeValueAsString(whole.overall()));
        }
    }

    @Test
    void aPartialThatIsNotExactIsRefusedWithItsPlace() throws Exception {
        CohortPartial partial = CohortOutcomes.outcomes(CohortOutcomesTest.cohort(), List.of(), Cohorts.KIND_ONLY)
                .partial();
        String text = JSON.writeValueAsString(partial).replaceFirst("\"start\":\"[0-9.]+\"", "\"start\":\"1e400\"")
                .replaceFirst("\"clients\":10,", "\"clients\":-1,");
        CohortPartial bad = JSON.readValue(text, CohortPartial.class);
        assertThatThrownBy(() -> CohortOutcomes.merge(List.of(partial, bad), CheckedBenchmarks.NONE))
                .isInstanceOfSatisfying(CohortInputException.class, e -> assertThat(e.faults())
                        .extracting(f -> CohortPointers.pointer(f.where()))
                        .contains("/partials/1/groups/0/clients", "/partials/1/groups/0/measures/0/sums/start"));
        CohortPartial inconsistent = JSON.readValue(JSON.writeValueAsString(partial)
                .replaceFirst("\"recovery\":3,", "\"recovery\":7,"), CohortPartial.class);
        // Group A's PHQ-9 (measures sorted: gad7/total, phq9/total): 3 of the 6 who finished at caseness
        // recovered; 7 cannot.
        assertThatThrownBy(() -> CohortOutcomes.merge(List.of(inconsistent), CheckedBenchmarks.NONE))
                .isInstanceOfSatisfying(CohortInputException.class, e -> assertThat(e.faults())
                        .extracting(f -> CohortPointers.pointer(f.where())).contains("/partials/0/groups/0/measures/1/counts/recovery"));
        CohortPartial other = new CohortPartial("another/1", List.of());
        assertThatThrownBy(() -> CohortOutcomes.merge(List.of(other), CheckedBenchmarks.NONE))
                .isInstanceOfSatisfying(CohortInputException.class, e -> assertThat(e.faults())
                        .extracting(f -> CohortPointers.pointer(f.where()), CohortFault::reason)
                        .containsExactly(tuple("/partials/0/format", "must be " + CohortPartial.FORMAT)));
    }
}
