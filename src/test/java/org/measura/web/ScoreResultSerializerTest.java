package org.measura.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.measura.catalog.Coding;
import org.measura.catalog.Comparison;
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.Range;
import org.measura.scoring.CriterionResult;
import org.measura.scoring.CriterionStatus;
import org.measura.scoring.FiredFlag;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NormMetric;
import org.measura.scoring.NormScore;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ProfileResult;
import org.measura.scoring.ReferenceSample;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.UnassessedRisk;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringPlan;

/** The hand-written answer writer must write exactly what Jackson's bean serialisation of the records writes. */
class ScoreResultSerializerTest {

    private final ObjectMapper fast = new ObjectMapper();
    private final ObjectMapper beans = new ObjectMapper();

    ScoreResultSerializerTest() {
        JacksonConfig config = new JacksonConfig(32, 50, 20_000, InstrumentCatalog.loadBuiltIn());
        config.customize(fast);
        config.customizeAllButAnswerWriters(beans);
    }

    private void writesAlike(ScoreResult result) throws Exception {
        assertThat(fast.writeValueAsString(result)).isEqualTo(beans.writeValueAsString(result));
        BatchResult batch = new BatchResult(List.of(new BatchResult.Entry(0, result, null)));
        assertThat(fast.writeValueAsString(batch)).isEqualTo(beans.writeValueAsString(batch));
    }

    @Test
    void everyBuiltInInstrumentWithManyKindsOfAnswer() throws Exception {
        SplittableRandom random = new SplittableRandom(8);
        int written = 0;
        for (InstrumentDefinition definition : InstrumentCatalog.loadBuiltIn().all()) {
            ScoringPlan plan = ScoringPlan.of(definition);
            List<String> codings = new ArrayList<>();
            codings.add(null);
            definition.codings().stream().map(Coding::id).forEach(codings::add);
            for (int round = 0; round < 40; round++) {
                String coding = codings.get(round % codings.size());
                Map<String, Integer> responses = responses(definition, coding, random, round % 4 == 3);
                Map<String, ReferenceSample> samples = round % 5 == 4 ? samples(definition) : Map.of();
                try {
                    writesAlike(Scorer.score(plan, responses, coding, samples));
                    written++;
                } catch (InvalidResponsesException | NotScorableException e) {
                    // some random answers cannot be scored; the others cover the shapes
                }
            }
        }
        assertThat(written).isGreaterThan(400);
    }

    @Test
    void everyNullableFieldLeftOutOrWrittenAsTheRecordsSay() throws Exception {
        ScaleResult bare = new ScaleResult(null, null, null, new ScaleResult.ScaleFacts(null, null, null),
                new ScaleResult.Reading(null, null), new ScaleResult.Coverage(0, 0, null, false, null), null, null);
        writesAlike(new ScoreResult(null, null, null, null, null, null, null, null));
        writesAlike(new ScoreResult(new ScoreResult.InstrumentRef(null, null, null, null), null, List.of(bare),
                List.of(new FiredFlag(null, null, null, null)), List.of(new UnassessedRisk(null, null, null, false, null)),
                List.of(new CriterionResult(null, null, null, null)),
                null, List.of()));
        ScaleResult full = new ScaleResult("total", "Total \"quoted\" \u2212 \u00e9 \t\n\\ \u0001 \ud83d\ude00",
                new BigDecimal("12.50"),
                new ScaleResult.ScaleFacts(new Range(0, 27.5), Direction.HIGHER_IS_BETTER, "1234-5"),
                new ScaleResult.Reading(new ScaleResult.BandResult("b", "band", 0.25, 1e20),
                        List.of(new ScaleResult.CutoffResult(null, null, 9.75, null, false),
                                new ScaleResult.CutoffResult("c", "cut", 10, Comparison.BELOW, true))),
                new ScaleResult.Coverage(9, 8, List.of("9"), true, "prorated"), "reason",
                List.of(new NormScore("s", "request", 3.1, 0.1 + 0.2, null, null, null, null, null),
                        new NormScore("s", "definition", -2, 1e-7, 500, "src", new BigDecimal("-0.50"),
                                new BigDecimal("45.0"), new BigDecimal("1E+1"))));
        ProfileResult profile = new ProfileResult("style", List.of(new ProfileResult.Entry("a", "A", BigDecimal.ONE)),
                List.of(), List.of("b"));
        writesAlike(new ScoreResult(new ScoreResult.InstrumentRef("x", "X", "Ex", "v1"), "alt", List.of(full, bare),
                List.of(new FiredFlag("f", "flag", "means", List.of(new FiredFlag.ItemValue("9", -1)))),
                List.of(new UnassessedRisk("f", "flag", List.of("9", "10"), true, "not \"assessed\"")),
                List.of(new CriterionResult("c", "crit", "means", CriterionStatus.MET)), profile, List.of("a note", "")));
    }

    /**
     * The parts a built-in definition fixes are copied only when every value they hold is the result's: a result that
     * names a built-in instrument but differs in any of them (as an inline definition with the same id may) is
     * written as it is.
     */
    @Test
    void aBuiltInDefinitionsPartsOnlyWhereEveryValueIsTheDefinitions() throws Exception {
        InstrumentDefinition phq9 = InstrumentCatalog.loadBuiltIn().find("phq9").orElseThrow();
        Map<String, Integer> responses = new HashMap<>();
        phq9.items().forEach(item -> responses.put(item.id(), 2));
        ScoreResult built = Scorer.score(ScoringPlan.of(phq9), responses, null, Map.of());
        writesAlike(built);
        ScaleResult scale = built.scales().get(0);
        ScaleResult.BandResult band = scale.reading().band();
        ScaleResult.CutoffResult cutoff = scale.reading().cutoffs().get(0);
        FiredFlag flag = built.flags().get(0);
        ScoreResult.InstrumentRef ref = built.instrument();
        List<ScaleResult> changedScales = List.of(
                new ScaleResult(scale.id(), "another name", scale.score(), scale.facts(), scale.reading(),
                        scale.coverage(), null, null),
                new ScaleResult(scale.id(), scale.name(), scale.score(),
                        new ScaleResult.ScaleFacts(scale.facts().range(), scale.facts().direction(), "0000-0"),
                        scale.reading(), scale.coverage(), null, null),
                new ScaleResult(scale.id(), scale.name(), scale.score(),
                        new ScaleResult.ScaleFacts(new Range(0, 30), scale.facts().direction(), null),
                        scale.reading(), scale.coverage(), null, null),
                new ScaleResult(scale.id(), scale.name(), scale.score(), scale.facts(),
                        new ScaleResult.Reading(new ScaleResult.BandResult(band.id(), "relabelled", band.min(),
                                band.max()), scale.reading().cutoffs()), scale.coverage(), null, null),
                new ScaleResult(scale.id(), scale.name(), scale.score(), scale.facts(),
                        new ScaleResult.Reading(new ScaleResult.BandResult(band.id(), band.label(), band.min(),
                                band.max() + 0.5), scale.reading().cutoffs()), scale.coverage(), null, null),
                new ScaleResult(scale.id(), scale.name(), scale.score(), scale.facts(),
                        new ScaleResult.Reading(band, List.of(
                                new ScaleResult.CutoffResult(cutoff.id(), cutoff.label(), cutoff.value() + 1,
                                        cutoff.comparison(), !cutoff.reached()),
                                new ScaleResult.CutoffResult(cutoff.id(), "another label", cutoff.value(),
                                        cutoff.comparison(), cutoff.reached()),
                                new ScaleResult.CutoffResult(cutoff.id(), cutoff.label(), cutoff.value(),
                                        Comparison.BELOW, cutoff.reached()),
                                new ScaleResult.CutoffResult(cutoff.id(), cutoff.label(), cutoff.value(),
                                        cutoff.comparison(), !cutoff.reached()))),
                        scale.coverage(), null, null));
        for (ScaleResult changed : changedScales) {
            writesAlike(new ScoreResult(ref, null, List.of(changed), built.flags(), null, List.of(), null, null));
        }
        writesAlike(new ScoreResult(new ScoreResult.InstrumentRef(ref.id(), ref.abbreviation(), ref.name(), "v2"),
                null, built.scales(), built.flags(), null, List.of(), null, null));
        writesAlike(new ScoreResult(ref, null, built.scales(), List.of(new FiredFlag(flag.id(), flag.label(),
                "another meaning", flag.items())), null, List.of(), null, null));
        writesAlike(new ScoreResult(ref, null, built.scales(), List.of(new FiredFlag(flag.id(), null, flag.meaning(),
                flag.items())), null, List.of(), null, null));
    }

    private static Map<String, Integer> responses(InstrumentDefinition definition, String coding,
            SplittableRandom random, boolean leaveSomeOut) {
        List<Integer> values = new ArrayList<>();
        if (coding == null) {
            for (int v = definition.responses().min(); v <= definition.responses().max(); v++) {
                values.add(v);
            }
        } else {
            definition.coding(coding).orElseThrow().map().keySet().forEach(k -> values.add(Integer.parseInt(k)));
        }
        Map<String, Integer> responses = new HashMap<>();
        for (Item item : definition.items()) {
            int roll = random.nextInt(10);
            if (leaveSomeOut && roll == 0) {
                continue;
            }
            responses.put(item.id(), leaveSomeOut && roll == 1 ? null : values.get(random.nextInt(values.size())));
        }
        return responses;
    }

    private static Map<String, ReferenceSample> samples(InstrumentDefinition definition) {
        Map<String, ReferenceSample> samples = new HashMap<>();
        definition.scales().forEach(s -> samples.put(s.id(), new ReferenceSample("clinic sample", 1.37, 0.91,
                NormMetric.ITEM_MEAN)));
        return samples;
    }
}
