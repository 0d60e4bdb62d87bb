package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.measura.trends.Fixtures.analyse;
import static org.measura.trends.Fixtures.comparison;
import static org.measura.trends.Fixtures.f;
import static org.measura.trends.Fixtures.pair;
import static org.measura.trends.Fixtures.series;
import static org.measura.trends.Fixtures.threshold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The figures each reliable-change method needs, read off its formula in docs/reference/change-methods.md, and the
 * figure names as the request schema (openapi/openapi.json, TrendMeasure) spells them.
 */
class MethodFiguresTest {

    /**
     * The figures in each formula (X₁, X₂ are scores, not figures): §1 Jacobson–Truax (X₂ − X₁)/(√2·SD₁·√(1 − r_xx));
     * the published fixed threshold, its value alone; §4 Gulliksen–Lord–Novick r_xx, M₁, SD₁; Hsu–Linn–Lord also M₂;
     * Edwards–Nunnally r_xx, M₁, SD₁; Nunnally–Kotsch also r_yy; §5 Hageman–Arrindell r_xx (SE), M₁, SD₁, M₂, SD₂,
     * r₁₂ (r_dd). In the order a missing one is named.
     */
    private static final Map<ReliableChangeMethod, List<FigureName>> BY_FORMULA = new EnumMap<>(Map.of(
            ReliableChangeMethod.JACOBSON_TRUAX, List.of(FigureName.RELIABILITY, FigureName.REFERENCE_SD),
            ReliableChangeMethod.PUBLISHED_THRESHOLD, List.of(FigureName.RELIABLE_CHANGE_THRESHOLD),
            ReliableChangeMethod.GULLIKSEN_LORD_NOVICK,
            List.of(FigureName.RELIABILITY, FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD),
            ReliableChangeMethod.HSU_LINN_LORD,
            List.of(FigureName.RELIABILITY, FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD, FigureName.POST_MEAN),
            ReliableChangeMethod.EDWARDS_NUNNALLY,
            List.of(FigureName.RELIABILITY, FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD),
            ReliableChangeMethod.NUNNALLY_KOTSCH, List.of(FigureName.RELIABILITY, FigureName.POST_RELIABILITY,
                    FigureName.REFERENCE_MEAN, FigureName.REFERENCE_SD),
            ReliableChangeMethod.HAGEMAN_ARRINDELL, List.of(FigureName.RELIABILITY, FigureName.REFERENCE_MEAN,
                    FigureName.REFERENCE_SD, FigureName.POST_MEAN, FigureName.POST_SD,
                    FigureName.PRE_POST_CORRELATION)));

    /**
     * X₁ = 20 → X₂ = 12 with r_xx .8, M₁ 18, SD₁ 5, r_yy .85, M₂ 14, SD₂ 6, r₁₂ .5; SE = 5·√.2 = 2.23607.
     * JT: −8/(√2·2.23607) = −8/3.16228 = −2.530. GLN: [(12 − 18) − .8·2]/(5·√.36) = −7.6/3 = −2.533.
     * HLL: [(12 − 14) − .8·2]/3 = −1.2. EN: [12 − (.8·2 + 18)]/2.23607 = −7.6/2.23607 = −3.399.
     * NK: −7.6/√(.64·25·.2 + 25·.15) = −7.6/√6.95 = −2.883. HA: SE² = 5, r_xx1 = 20/25 = .8, r_xx2 = 31/36,
     * r_dd = (25·.8 + 31 − 2·5·6·.5)/(25 + 36 − 30) = 21/31; RC_ID = [−8·21/31 + (14 − 18)·10/31]/√(21/31·10)
     * = (−208/31)/√(210/31) = −6.70968/2.60272 = −2.578.
     */
    private static final Map<ReliableChangeMethod, Double> INDEX = new EnumMap<>(Map.of(
            ReliableChangeMethod.JACOBSON_TRUAX, -2.530, ReliableChangeMethod.GULLIKSEN_LORD_NOVICK, -2.533,
            ReliableChangeMethod.HSU_LINN_LORD, -1.2, ReliableChangeMethod.EDWARDS_NUNNALLY, -3.399,
            ReliableChangeMethod.NUNNALLY_KOTSCH, -2.883, ReliableChangeMethod.HAGEMAN_ARRINDELL, -2.578));

    @Test
    void eachMethodNeedsTheFiguresOfItsFormula() {
        assertThat(BY_FORMULA.keySet()).containsExactlyInAnyOrder(ReliableChangeMethod.values());
        for (ReliableChangeMethod m : ReliableChangeMethod.values()) {
            assertThat(m.needs()).as(m.label()).containsExactlyElementsOf(BY_FORMULA.get(m));
        }
    }

    @Test
    void eachMethodComputesFromItsOwnFiguresAlone() throws Exception {
        // Only the figures the method needs are set: the engine reads no other, and the index is the hand-worked one.
        for (ReliableChangeMethod m : ReliableChangeMethod.values()) {
            ScaleTrend t = analyse(series("X", ScoreDirection.LOWER_IS_BETTER, only(m.needs()), pair(20, 12)),
                    TrendOptions.defaults().withMethod(m));
            ReliableChangeResult r = comparison(t, "baseline-to-latest").reliableChange();
            assertThat(r.method()).as(m.label()).isEqualTo(m);
            if (m == ReliableChangeMethod.PUBLISHED_THRESHOLD) {
                // a fall of 8 is more than the threshold of 6
                assertThat(r.status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
                assertThat(t.reliableChange().figures()).isEmpty();
            } else {
                assertThat(r.indexTest().index()).as(m.label()).isEqualTo(INDEX.get(m));
                assertThat(r.figures()).extracting(FigureUsed::name).as(m.label())
                        .containsExactlyElementsOf(FigureName.wires(m.needs()));
            }
        }
    }

    @Test
    void aMissingFigureIsNamedInTheMethodsOrder() {
        Psychometrics none = Psychometrics.none();
        for (ReliableChangeMethod m : ReliableChangeMethod.values()) {
            assertThat(ReliableChangePlan.missingFor(none, m)).as(m.label()).containsExactlyElementsOf(m.needs());
            assertThat(ReliableChangePlan.missingFor(only(m.needs()), m)).as(m.label()).isEmpty();
        }
        List<FigureName> withoutSd = new ArrayList<>(ReliableChangeMethod.HAGEMAN_ARRINDELL.needs());
        withoutSd.remove(FigureName.REFERENCE_SD);
        assertThat(ReliableChangePlan.missingFor(only(withoutSd), ReliableChangeMethod.HAGEMAN_ARRINDELL))
                .containsExactly(FigureName.REFERENCE_SD);
    }

    @Test
    void wireNamesAreUniqueAndFoundBack() {
        Set<String> wires = new HashSet<>();
        for (FigureName f : FigureName.values()) {
            assertThat(wires.add(f.wire())).as(f.wire()).isTrue();
            assertThat(FigureName.byWire(f.wire())).contains(f);
            assertThat(FigureName.ofWire(f.wire())).isEqualTo(f);
        }
        assertThat(FigureName.byWire("referenceSD")).isEmpty();
        assertThat(FigureName.byWire("instrument")).isEmpty();
    }

    @Test
    void theDecimalsInTheirOrder() {
        assertThat(FigureName.wires(FigureName.decimals())).containsExactly("reliability", "referenceMean",
                "referenceSd", "postReliability", "postMean", "postSd", "prePostCorrelation", "clinicalMean",
                "clinicalSd", "functionalMean", "functionalSd", "cutoff", "reliableChangeThreshold");
        assertThat(Arrays.stream(FigureName.values()).filter(f -> f.kind() != FigureName.Kind.DECIMAL))
                .containsExactly(FigureName.CUTOFF_COMPARISON, FigureName.RELIABLE_CHANGE_INCLUSIVE);
    }

    @Test
    void theRequestSchemaSpellsEveryFigureWithItsKind() throws Exception {
        JsonNode properties = new ObjectMapper().readTree(Path.of("openapi", "openapi.json").toFile())
                .at("/components/schemas/TrendMeasure/properties");
        assertThat(properties.isObject()).isTrue();
        List<String> figures = new ArrayList<>();
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("id", "scale", "direction").contains(name)) {
                figures.add(name);
            }
        }
        assertThat(figures).containsExactlyElementsOf(FigureName.wires(List.of(FigureName.values())));
        for (FigureName f : FigureName.values()) {
            JsonNode schema = properties.get(f.wire());
            switch (f.kind()) {
                case DECIMAL -> assertThat(schema.path("type").asText()).as(f.wire()).isEqualTo("number");
                case COMPARISON -> {
                    assertThat(schema.path("type").asText()).as(f.wire()).isEqualTo("string");
                    assertThat(schema.path("enum")).extracting(JsonNode::asText)
                            .containsExactly("at-or-above", "above", "at-or-below", "below");
                }
                case FLAG -> assertThat(schema.path("type").asText()).as(f.wire()).isEqualTo("boolean");
            }
        }
    }

    /** Plausible values for the given figures, every other figure absent. */
    private static Psychometrics only(List<FigureName> figures) {
        Psychometrics.Builder b = Psychometrics.builder();
        for (FigureName name : figures) {
            switch (name) {
                case RELIABILITY -> b.reliability(f(0.8));
                case REFERENCE_MEAN -> b.referenceMean(f(18));
                case REFERENCE_SD -> b.referenceSd(f(5));
                case POST_RELIABILITY -> b.postReliability(f(0.85));
                case POST_MEAN -> b.postMean(f(14));
                case POST_SD -> b.postSd(f(6));
                case PRE_POST_CORRELATION -> b.prePostCorrelation(f(0.5));
                case RELIABLE_CHANGE_THRESHOLD -> b.reliableChangeThreshold(threshold(6, false));
                default -> throw new IllegalArgumentException("no plausible value for " + name.wire());
            }
        }
        return b.build();
    }
}
