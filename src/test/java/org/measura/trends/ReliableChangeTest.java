package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.measura.trends.Fixtures.analyse;
import static org.measura.trends.Fixtures.comparison;
import static org.measura.trends.Fixtures.f;
import static org.measura.trends.Fixtures.pair;
import static org.measura.trends.Fixtures.series;
import static org.measura.trends.Fixtures.threshold;

import org.junit.jupiter.api.Test;

class ReliableChangeTest {

    private static Psychometrics jt(double sd, double r) {
        return Psychometrics.builder().reliability(f(r)).referenceSd(f(sd)).build();
    }

    @Test
    void jacobsonTruaxWithProvenance() throws Exception {
        // SD 7.7, r .90 → SE 2.43495, S_diff 3.44354; 20 → 9: RCI = −11/3.44354 = −3.194;
        // smallest reliable change 1.96·3.44354 = 6.749 → 6.75 (must be exceeded)
        ScaleTrend t = analyse(series("BDI-II", ScoreDirection.LOWER_IS_BETTER, jt(7.7, 0.90), pair(20, 9)));
        ReliableChangeResult r = comparison(t, "baseline-to-latest").reliableChange();
        assertThat(r.method()).isEqualTo(ReliableChangeMethod.JACOBSON_TRUAX);
        assertThat(r.indexTest().index()).isEqualTo(-3.194);
        assertThat(r.errorTerms().standardError()).isEqualTo(2.435);
        assertThat(r.errorTerms().differenceSd()).isEqualTo(3.4435);
        assertThat(r.pointRule().threshold()).isEqualTo(6.75);
        assertThat(r.pointRule().inclusive()).isFalse();
        assertThat(r.indexTest().criticalValue()).isEqualTo(1.96);
        assertThat(r.indexTest().criticalValueSource()).contains("default");
        assertThat(r.status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
        assertThat(r.figures()).extracting(FigureUsed::name).containsExactly("reliability", "referenceSd");
        assertThat(r.figures()).allSatisfy(fu -> assertThat(fu.source()).isEqualTo(Figure.CALLER));
        assertThat(r.explanation()).contains("BDI-II fell from 20 to 9 (−11)", "−3.194", "reliable improvement");
        assertThat(t.reliableChange().choice()).contains("default");
    }

    @Test
    void directionFlipForHigherIsBetter() throws Exception {
        // The same rise of 11 with SD 7.7, r .90: RCI = +11/3.44354 = +3.194.
        // Higher is better: direction·RCI = +3.194 > 1.96 → improvement.
        ScaleTrend better = analyse(series("WHO-5", ScoreDirection.HIGHER_IS_BETTER, jt(7.7, 0.90), pair(9, 20)));
        assertThat(comparison(better, "baseline-to-latest").reliableChange().indexTest().index()).isEqualTo(3.194);
        assertThat(comparison(better, "baseline-to-latest").reliableChange().status())
                .isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
        // Lower is better: direction·RCI = −3.194 < −1.96 → deterioration.
        ScaleTrend worse = analyse(series("PHQ", ScoreDirection.LOWER_IS_BETTER, jt(7.7, 0.90), pair(9, 20)));
        assertThat(comparison(worse, "baseline-to-latest").reliableChange().status())
                .isEqualTo(ChangeStatus.RELIABLE_DETERIORATION);
    }

    @Test
    void jacobsonTruaxBelowCriticalValueIsNoReliableChange() throws Exception {
        // 20 → 14: RCI = −6/3.44354 = −1.742, within ±1.96
        ScaleTrend t = analyse(series("X", ScoreDirection.LOWER_IS_BETTER, jt(7.7, 0.90), pair(20, 14)));
        ReliableChangeResult r = comparison(t, "baseline-to-latest").reliableChange();
        assertThat(r.indexTest().index()).isEqualTo(-1.742);
        assertThat(r.status()).isEqualTo(ChangeStatus.NO_RELIABLE_CHANGE);
    }

    @Test
    void changeExactlyAtAnInclusiveThresholdIsReliable() throws Exception {
        // "6 or more" (NHS Talking Therapies): 16 → 10 is a fall of exactly 6 → reliable improvement
        Psychometrics p = Psychometrics.builder().reliableChangeThreshold(threshold(6, true)).build();
        ReliableChangeResult r = comparison(analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, p,
                pair(16, 10))), "baseline-to-latest").reliableChange();
        assertThat(r.method()).isEqualTo(ReliableChangeMethod.PUBLISHED_THRESHOLD);
        assertThat(r.status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
        assertThat(r.explanation()).isEqualTo("PHQ-9 fell from 16 to 10 (−6); a fall of 6 or more is reliable"
                + " improvement (test threshold; source test-source), so this is reliable improvement.");
    }

    @Test
    void changeExactlyAtAnExclusiveThresholdIsNotReliable() throws Exception {
        // A threshold of 5 without "or more" (docs/reference/change-methods.md, conventions): 15 → 10 is exactly 5 →
        // not reliable;
        // 15 → 9 is 6 > 5 → reliable
        Psychometrics p = Psychometrics.builder().reliableChangeThreshold(threshold(5, false)).build();
        ReliableChangeResult at = comparison(analyse(series("CORE", ScoreDirection.LOWER_IS_BETTER, p,
                pair(15, 10))), "baseline-to-latest").reliableChange();
        assertThat(at.status()).isEqualTo(ChangeStatus.NO_RELIABLE_CHANGE);
        assertThat(at.explanation()).contains("a fall of more than 5 is reliable improvement",
                "this fall is smaller, so it is not a reliable change");
        ReliableChangeResult beyond = comparison(analyse(series("CORE", ScoreDirection.LOWER_IS_BETTER, p,
                pair(15, 9))), "baseline-to-latest").reliableChange();
        assertThat(beyond.status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
    }

    @Test
    void fixedThresholdRiseOnHigherIsBetterIsImprovement() throws Exception {
        // Rise of 6 with "6 or more", higher is better → improvement; the same rise, lower is better → deterioration
        Psychometrics p = Psychometrics.builder().reliableChangeThreshold(threshold(6, true)).build();
        assertThat(comparison(analyse(series("W", ScoreDirection.HIGHER_IS_BETTER, p, pair(10, 16))),
                "baseline-to-latest").reliableChange().status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
        assertThat(comparison(analyse(series("W", ScoreDirection.LOWER_IS_BETTER, p, pair(10, 16))),
                "baseline-to-latest").reliableChange().status()).isEqualTo(ChangeStatus.RELIABLE_DETERIORATION);
    }

    @Test
    void publishedThresholdIsReportedAlongsideJacobsonTruax() throws Exception {
        Psychometrics p = jt(7.7, 0.90).toBuilder().reliableChangeThreshold(threshold(6, true)).build();
        ChangeComparison c = comparison(analyse(series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(20, 14))),
                "baseline-to-latest");
        // JT: −1.742, not reliable; the published threshold: a fall of 6 with "6 or more" → reliable
        assertThat(c.reliableChange().status()).isEqualTo(ChangeStatus.NO_RELIABLE_CHANGE);
        assertThat(c.publishedThreshold().method()).isEqualTo(ReliableChangeMethod.PUBLISHED_THRESHOLD);
        assertThat(c.publishedThreshold().status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
        assertThat(c.publishedThreshold().choice()).startsWith("Reported alongside");
    }

    @Test
    void withoutJacobsonTruaxFiguresTheDefaultFallsBackToThePublishedThresholdAndSaysWhy() throws Exception {
        Psychometrics p = Psychometrics.builder().reliability(f(0.89))
                .reliableChangeThreshold(threshold(6, true)).build();
        ScaleTrend t = analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, p, pair(18, 7)));
        assertThat(t.reliableChange().method()).isEqualTo(ReliableChangeMethod.PUBLISHED_THRESHOLD);
        assertThat(t.reliableChange().choice()).contains("cannot be used (missing referenceSd)",
                "published threshold 'rc'");
        ChangeComparison c = comparison(t, "baseline-to-latest");
        assertThat(c.reliableChange().status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
        assertThat(c.publishedThreshold()).isNull();
        assertThat(c.reliableChange().explanation()).startsWith(
                "PHQ-9 fell from 18 to 7 (−11); a fall of 6 or more is reliable improvement");
    }

    @Test
    void withNoFiguresReliableChangeIsNotComputableAndSaysWhatIsMissing() throws Exception {
        ScaleTrend t = analyse(series("Local", ScoreDirection.LOWER_IS_BETTER, Psychometrics.none(), pair(18, 7)));
        ReliableChangeResult r = comparison(t, "baseline-to-latest").reliableChange();
        assertThat(r.status()).isEqualTo(ChangeStatus.NOT_COMPUTABLE);
        assertThat(r.missing()).containsExactly("reliability", "referenceSd", "reliableChangeThreshold");
        assertThat(r.explanation()).contains("cannot be judged", "Supply reliability and referenceSd");
        assertThat(comparison(t, "baseline-to-latest").rawChange()).isEqualTo(-11.0);
        assertThat(comparison(t, "baseline-to-latest").clinicalSignificance().category()).isNull();
    }

    @Test
    void anExplicitMethodWithoutItsFiguresIsRejectedFieldByField() {
        ScaleSeries s = series("X", ScoreDirection.LOWER_IS_BETTER, jt(7.7, 0.9), pair(18, 7));
        assertThatThrownBy(() -> analyse(s, TrendOptions.defaults().withMethod(
                ReliableChangeMethod.HAGEMAN_ARRINDELL)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> assertThat(e.reasons())
                        .extracting(FieldReason::field)
                        .containsExactly("referenceMean", "postMean", "postSd", "prePostCorrelation"));
        assertThatThrownBy(() -> analyse(s, TrendOptions.defaults().withMethod(
                ReliableChangeMethod.PUBLISHED_THRESHOLD)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> assertThat(e.reasons())
                        .extracting(FieldReason::field).containsExactly("reliableChangeThreshold"));
    }

    @Test
    void regressionIndicesThroughTheEngine() throws Exception {
        // Figures of ChangeIndicesTest: X₁ 20, X₂ 9, M₁ 15, SD₁ 7.7, r .9, M₂ 10, r_yy .85, SD₂ 8, r₁₂ .5
        Psychometrics p = Psychometrics.builder().reliability(f(0.9)).referenceMean(f(15)).referenceSd(f(7.7))
                .postMean(f(10)).postReliability(f(0.85)).postSd(f(8)).prePostCorrelation(f(0.5)).build();
        ScaleSeries s = series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(20, 9));
        // GLN −3.128 → improvement; HLL −1.639 → within ±1.96; EN −4.312; NK −2.837
        assertThat(index(s, ReliableChangeMethod.GULLIKSEN_LORD_NOVICK).indexTest().index()).isEqualTo(-3.128);
        ReliableChangeResult hll = index(s, ReliableChangeMethod.HSU_LINN_LORD);
        assertThat(hll.indexTest().index()).isEqualTo(-1.639);
        assertThat(hll.status()).isEqualTo(ChangeStatus.NO_RELIABLE_CHANGE);
        assertThat(index(s, ReliableChangeMethod.EDWARDS_NUNNALLY).indexTest().index()).isEqualTo(-4.312);
        assertThat(index(s, ReliableChangeMethod.NUNNALLY_KOTSCH).indexTest().index()).isEqualTo(-2.837);
        // HA −3.182 (hand: −3.18154), critical value defaults to 1.65 (§5), r_dd 0.807781 → 0.8078
        ReliableChangeResult ha = index(s, ReliableChangeMethod.HAGEMAN_ARRINDELL);
        assertThat(ha.indexTest().index()).isEqualTo(-3.182);
        assertThat(ha.indexTest().criticalValue()).isEqualTo(1.65);
        assertThat(ha.errorTerms().reliabilityOfDifference()).isEqualTo(0.8078);
        assertThat(ha.status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
    }

    @Test
    void callerCriticalValueIsUsedAndMarked() throws Exception {
        // HLL −1.639 with critical value 1.5 → |−1.639| > 1.5 → improvement
        Psychometrics p = Psychometrics.builder().reliability(f(0.9)).referenceMean(f(15)).referenceSd(f(7.7))
                .postMean(f(10)).build();
        ReliableChangeResult r = comparison(analyse(series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(20, 9)),
                TrendOptions.defaults().withMethod(ReliableChangeMethod.HSU_LINN_LORD).withCriticalValue(1.5)),
                "baseline-to-latest").reliableChange();
        assertThat(r.indexTest().criticalValue()).isEqualTo(1.5);
        assertThat(r.indexTest().criticalValueSource()).isEqualTo(Figure.CALLER);
        assertThat(r.status()).isEqualTo(ChangeStatus.RELIABLE_IMPROVEMENT);
    }

    private static ReliableChangeResult index(ScaleSeries s, ReliableChangeMethod m) throws Exception {
        return comparison(analyse(s, TrendOptions.defaults().withMethod(m)), "baseline-to-latest").reliableChange();
    }
}
