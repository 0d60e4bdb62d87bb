package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.measura.catalog.Comparison;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.Norm;
import org.measura.catalog.NormPopulation;
import org.measura.catalog.Reliability;
import org.measura.catalog.ReliabilityKind;
import org.measura.catalog.Scale;
import org.junit.jupiter.api.Test;

class PsychometricsResolverTest {

    private static final Scale PHQ9 = InstrumentCatalog.loadBuiltIn().find("phq9").orElseThrow().scale("total")
            .orElseThrow();

    private static CallerFigures caller(Double reliability, Double referenceSd) {
        return new CallerFigures(reliability, null, referenceSd, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void phq9FromTheCatalog() throws Exception {
        Psychometrics p = PsychometricsResolver.fromCatalog("phq9", PHQ9, null);
        // alpha .89, no test-retest in the definition
        assertThat(p.reliability().value()).isEqualTo(0.89);
        assertThat(p.reliability().basis()).startsWith("Cronbach's alpha");
        assertThat(p.reliability().source()).isEqualTo("kroenke2001-alpha-secondary");
        // no clinical norm → no reference SD; the general-population norm is not used for Jacobson–Truax
        assertThat(p.referenceSd()).isNull();
        assertThat(p.clinicalMean()).isNull();
        assertThat(p.notes()).anyMatch(n -> n.contains("no clinical norm"));
        // functional figures from the first general-population norm, said so
        assertThat(p.functionalMean().value()).isEqualTo(3.1);
        assertThat(p.functionalSd().value()).isEqualTo(3.5);
        assertThat(p.functionalMean().basis()).contains("general-population norm 'de-general-women'",
                "the first of 2");
        // the recovery cut-off and the default threshold
        assertThat(p.cutoff().value()).isEqualTo(10.0);
        assertThat(p.cutoff().comparison()).isEqualTo(Comparison.AT_OR_ABOVE);
        assertThat(p.reliableChangeThreshold().value()).isEqualTo(6.0);
        assertThat(p.reliableChangeThreshold().inclusive()).isTrue();
        assertThat(p.reliableChangeThreshold().source()).isEqualTo("nhs-tt-reliable-change");
    }

    @Test
    void phq9DefaultsToTheNhsThresholdAndExplainsWhy() throws Exception {
        Psychometrics p = PsychometricsResolver.fromCatalog("phq9", PHQ9, null);
        ScaleTrend t = new TrendEngine().analyse(new ScaleSeries("phq9", "total", "PHQ-9",
                ScoreDirection.of(PHQ9.direction()), p, Fixtures.pair(18, 7)), TrendOptions.defaults());
        assertThat(t.reliableChange().method()).isEqualTo(ReliableChangeMethod.PUBLISHED_THRESHOLD);
        assertThat(t.reliableChange().choice()).isEqualTo("Jacobson–Truax, the default, cannot be used (missing"
                + " referenceSd), so the definition's default published threshold 'nhs-talking-therapies' (6 or more"
                + " points; source nhs-tt-reliable-change) is used instead.");
        assertThat(Fixtures.comparison(t, "baseline-to-latest").explanation()).contains(
                "PHQ-9 fell from 18 to 7 (−11); a fall of 6 or more is reliable improvement");
    }

    @Test
    void callerOverridesAreMarkedAndEnableJacobsonTruax() throws Exception {
        Psychometrics p = PsychometricsResolver.fromCatalog("phq9", PHQ9, caller(0.84, 5.5));
        assertThat(p.reliability().source()).isEqualTo(Figure.CALLER);
        assertThat(p.referenceSd().value()).isEqualTo(5.5);
        // the published threshold stays, to be reported alongside
        assertThat(p.reliableChangeThreshold().value()).isEqualTo(6.0);
        ScaleTrend t = new TrendEngine().analyse(new ScaleSeries("phq9", "total", "PHQ-9",
                ScoreDirection.LOWER_IS_BETTER, p, Fixtures.pair(18, 7)), TrendOptions.defaults());
        assertThat(t.reliableChange().method()).isEqualTo(ReliableChangeMethod.JACOBSON_TRUAX);
        // §1 illustration: SE 2.2, S_diff 3.111, threshold 1.96·3.1113 = 6.098
        assertThat(t.reliableChange().standardError()).isEqualTo(2.2);
        assertThat(t.reliableChange().threshold()).isEqualTo(6.1);
        assertThat(Fixtures.comparison(t, "baseline-to-latest").publishedThreshold()).isNotNull();
    }

    @Test
    void testRetestIsPreferredAndAClinicalNormFeedsJacobsonTruax() throws Exception {
        Scale s = new Scale("total", "X", List.of("1"), null, null, null, null, null, null, null, null, null, null,
                null, null, List.of(new Reliability(ReliabilityKind.ALPHA, 0.9, null, "a"),
                        new Reliability(ReliabilityKind.TEST_RETEST, 0.8, "4 weeks", "b")),
                List.of(new Norm("gen", "general", NormPopulation.GENERAL, 5, 4, null, "c"),
                        new Norm("clin", "clinical sample", NormPopulation.CLINICAL, 16, 6, null, "d"),
                        new Norm("func", "functional sample", NormPopulation.FUNCTIONAL, 4, 3, null, "e")), null);
        Psychometrics p = PsychometricsResolver.fromCatalog("x", s, null);
        assertThat(p.reliability().value()).isEqualTo(0.8);
        assertThat(p.reliability().basis()).startsWith("test-retest reliability (4 weeks)");
        assertThat(p.referenceSd().value()).isEqualTo(6.0);
        assertThat(p.referenceMean().basis()).contains("clinical norm 'clin'");
        assertThat(p.functionalMean().value()).isEqualTo(4.0);
        assertThat(p.functionalMean().basis()).startsWith("functional norm 'func'");
    }

    @Test
    void invalidCallerFiguresAreRejectedFieldByField() {
        assertThatThrownBy(() -> PsychometricsResolver.fromCaller("bdi2", caller(1.2, -3.0)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> assertThat(e.reasons())
                        .extracting(FieldReason::field).containsExactly("reliability", "referenceSd"));
    }

    @Test
    void callerMeasureWithItsOwnThreshold() throws Exception {
        CallerFigures c = new CallerFigures(null, null, null, null, null, null, null, null, null, null, null, 14.0,
                Comparison.AT_OR_ABOVE, 5.0, null);
        Psychometrics p = PsychometricsResolver.fromCaller("bdi2", c);
        assertThat(p.reliableChangeThreshold().inclusive()).isFalse();
        assertThat(p.cutoff().comparison()).isEqualTo(Comparison.AT_OR_ABOVE);
        assertThat(p.cutoff().source()).isEqualTo(Figure.CALLER);
    }
}
