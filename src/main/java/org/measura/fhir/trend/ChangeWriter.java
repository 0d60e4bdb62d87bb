package org.measura.fhir.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.measura.fhir.Canonicals;
import org.measura.fhir.Fhir;
import org.measura.fhir.LoincDisplays;
import org.measura.fhir.ObservationWriter;
import org.measura.fhir.TrendConcepts;
import org.measura.trends.Category;
import org.measura.trends.ChangeComparison;
import org.measura.trends.ChangeStatus;
import org.measura.trends.Classification;
import org.measura.trends.FollowUp;
import org.measura.trends.FollowUpPoint;
import org.measura.trends.PointRef;
import org.measura.trends.ReliableChangeResult;
import org.measura.trends.ScaleTrend;
import org.measura.trends.ScoreDirection;
import org.measura.trends.TalkingTherapiesOutcome;

/**
 * The trend engine's findings as Observations: one change Observation per comparison, the follow-up findings, and
 * the NHS Talking Therapies paired outcome. Each is derived from the score Observations it compares (referenced by
 * their fullUrl in the same Bundle) and carries the engine's sentences as notes.
 */
final class ChangeWriter {

    /** A score Observation in the answer, as a change Observation refers to it. */
    record Anchor(Observation observation, String url, DateTimeType effective, boolean preliminary) {
    }

    private static final Map<String, String> DISPLAY = TrendConcepts.ALL;

    private final Canonicals canonicals;
    private final Reference subject;

    ChangeWriter(Canonicals canonicals, Reference subject) {
        this.canonicals = canonicals;
        this.subject = subject;
    }

    /**
     * One comparison: value = the clinical-significance category; interpretation = v3 B/W and U/D, direction-aware;
     * components for the scale, raw and percent change and reliable change with its provenance; PHQ-9 response and
     * remission where the engine judged them for this comparison.
     */
    Observation change(ScaleTrend trend, ChangeComparison c, Anchor from, Anchor to, List<Classification> outcomes) {
        CodeableConcept code = new CodeableConcept()
                .addCoding(new Coding(Fhir.LOINC, Fhir.LOINC_TREND, LoincDisplays.of(Fhir.LOINC_TREND)))
                .addCoding(trendCoding(c.kind().wire()))
                .setText(trend.label() + ": " + DISPLAY.getOrDefault(c.kind().wire(), c.kind().wire()));
        Observation o = base(code, from, to, List.of(from, to));
        if (c.clinicalSignificance() != null && c.clinicalSignificance().category() != null) {
            Category category = c.clinicalSignificance().category();
            o.setValue(new CodeableConcept(new Coding(canonicals.clinicalSignificance(), category.wire(),
                    category.wire())).setText(category.wire()));
        } else {
            o.setDataAbsentReason(unknown());
        }
        ReliableChangeResult rc = c.reliableChange();
        interpretation(o, rc.status(), trend.direction());
        o.addNote().setText(c.explanation());
        if (c.publishedThreshold() != null) {
            o.addNote().setText("By the published threshold alongside: " + c.publishedThreshold().explanation());
        }
        component(o, "scale").setValue(from.observation().getCode().copy());
        component(o, "raw-change").setValue(score(c.rawChange()));
        if (c.percentChange() != null) {
            component(o, "percent-change").setValue(quantity(c.percentChange(), "%", "%"));
        }
        reliableChange(o, rc);
        for (Classification outcome : outcomes) {
            classification(o, outcome);
        }
        return o;
    }

    /** One Observation per follow-up (against termination), then one for the follow-up findings as a whole. */
    List<Observation> followUp(ScaleTrend trend, Function<PointRef, Anchor> anchors) {
        FollowUp f = trend.followUp();
        Anchor end = anchors.apply(f.termination());
        List<Observation> out = new ArrayList<>();
        List<Anchor> all = new ArrayList<>();
        all.add(end);
        for (FollowUpPoint point : f.followUps()) {
            Anchor at = anchors.apply(point.point());
            all.add(at);
            Observation o = base(trendCode("follow-up", trend.label() + ": follow-up against termination"), end, at,
                    List.of(end, at));
            component(o, "days-since-termination").setValue(quantity(point.daysSinceTermination(), "days", "d"));
            component(o, "reliable-change").setValue(status(point.changeSinceTermination().status()));
            ObservationComponentComponent category = component(o, "category-from-baseline");
            if (point.categoryFromBaseline() == null) {
                category.setDataAbsentReason(unknown());
            } else {
                category.setValue(new CodeableConcept(new Coding(canonicals.clinicalSignificance(),
                        point.categoryFromBaseline().wire(), point.categoryFromBaseline().wire())));
            }
            o.addNote().setText(point.changeSinceTermination().explanation());
            point.classifications().forEach(cl -> classification(o, cl));
            out.add(o);
        }
        Observation summary = base(trendCode("follow-up-summary", trend.label() + ": follow-up summary"), end,
                all.get(all.size() - 1), all);
        summary.addNote().setText("Reliable change after termination: " + f.method() + ".");
        f.classifications().forEach(cl -> classification(summary, cl));
        if (f.postTerminationSlope() != null) {
            summary.addNote().setText(f.postTerminationSlope().explanation());
        }
        out.add(summary);
        return out;
    }

    /** The paired PHQ-9 and GAD-7 classification, one component per class. */
    Observation talkingTherapies(TalkingTherapiesOutcome tt, Anchor phqFirst, Anchor phqLast, Anchor gadFirst,
            Anchor gadLast) {
        Observation o = base(trendCode("nhs-talking-therapies", DISPLAY.get("nhs-talking-therapies")), phqFirst,
                phqLast, List.of(phqFirst, phqLast, gadFirst, gadLast));
        o.addNote().setText(tt.summary());
        tt.classifications().forEach(cl -> classification(o, cl));
        tt.notes().forEach(n -> o.addNote().setText(n));
        return o;
    }

    private Observation base(CodeableConcept code, Anchor start, Anchor end, List<Anchor> from) {
        Observation o = new Observation();
        boolean preliminary = from.stream().anyMatch(Anchor::preliminary);
        o.setStatus(preliminary ? Observation.ObservationStatus.PRELIMINARY : Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(Fhir.OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(code);
        if (subject != null) {
            o.setSubject(subject.copy());
        }
        Period period = new Period();
        if (start.effective() != null) {
            period.setStartElement(start.effective().copy());
        }
        if (end.effective() != null) {
            period.setEndElement(end.effective().copy());
        }
        o.setEffective(period);
        from.stream().map(Anchor::url).distinct().forEach(url -> o.addDerivedFrom(new Reference(url)));
        return o;
    }

    /** B or W, and U or D for the direction the score moved: for lower-is-better a reliable fall is B and D. */
    private static void interpretation(Observation o, ChangeStatus status, ScoreDirection direction) {
        boolean improved = status == ChangeStatus.RELIABLE_IMPROVEMENT;
        if (!improved && status != ChangeStatus.RELIABLE_DETERIORATION) {
            return;
        }
        o.addInterpretation(v3(improved ? "B" : "W", improved ? "Better" : "Worse"));
        boolean up = improved == (direction == ScoreDirection.HIGHER_IS_BETTER);
        o.addInterpretation(v3(up ? "U" : "D", up ? "Significant change up" : "Significant change down"));
    }

    private void reliableChange(Observation o, ReliableChangeResult rc) {
        ObservationComponentComponent method = component(o, "reliable-change-method");
        if (rc.method() == null) {
            method.setDataAbsentReason(unknown());
        } else {
            method.setValue(new CodeableConcept(new Coding(canonicals.reliableChangeMethods(), rc.method().wire(),
                    rc.method().label())).setText(rc.choice()));
        }
        ReliableChangeResult.IndexTest test = rc.indexTest();
        ReliableChangeResult.PointRule rule = rc.pointRule();
        if (test.index() != null) {
            component(o, "reliable-change-index").setValue(quantity(test.index(), null, "1"));
        }
        if (test.criticalValue() != null) {
            component(o, "critical-value").setValue(quantity(test.criticalValue(), null, "1"));
        }
        if (rule.threshold() != null) {
            String points = ObservationWriter.number(rule.threshold());
            component(o, "reliable-change-threshold").setValue(score(rule.threshold())).getCode()
                    .setText(Boolean.TRUE.equals(rule.inclusive())
                            ? "reliable-change threshold: a change of " + points + " points or more is reliable"
                            : "reliable-change threshold: a change of more than " + points + " points is reliable");
        }
        component(o, "reliable-change").setValue(status(rc.status()));
    }

    /** A yes/no finding as a component (absent when undecided), its sentence as a note. */
    private void classification(Observation o, Classification c) {
        ObservationComponentComponent component = component(o, c.name());
        if (c.holds() == null) {
            component.setDataAbsentReason(unknown());
        } else {
            component.setValue(new BooleanType(c.holds()));
        }
        o.addNote().setText(c.explanation());
    }

    private ObservationComponentComponent component(Observation o, String code) {
        return o.addComponent().setCode(new CodeableConcept(trendCoding(code)));
    }

    private CodeableConcept status(ChangeStatus status) {
        return new CodeableConcept(new Coding(canonicals.reliableChangeStatus(), status.wire(), status.words()));
    }

    private Coding trendCoding(String code) {
        return new Coding(canonicals.trend(), code, TrendConcepts.display(code));
    }

    private CodeableConcept trendCode(String code, String text) {
        return new CodeableConcept(trendCoding(code)).setText(text);
    }

    private static CodeableConcept v3(String code, String display) {
        return new CodeableConcept(new Coding(Fhir.INTERPRETATION, code, display));
    }

    private static CodeableConcept unknown() {
        return new CodeableConcept(new Coding(Fhir.DATA_ABSENT_REASON, "unknown", "Unknown"));
    }

    private static Quantity score(double value) {
        return quantity(value, Fhir.SCORE_UNIT, Fhir.SCORE_UNIT);
    }

    private static Quantity quantity(double value, String unit, String ucum) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        Quantity q = new Quantity().setValue(d.scale() < 0 ? d.setScale(0) : d).setSystem(Fhir.UCUM).setCode(ucum);
        return unit == null ? q : q.setUnit(unit);
    }
}
