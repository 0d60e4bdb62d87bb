package org.measura.fhir;

import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.Scale;
import org.measura.scoring.CriterionResult;
import org.measura.scoring.FiredFlag;
import org.measura.scoring.UnassessedRisk;
import org.measura.scoring.ScaleResult;

/**
 * Score results as Observations: one per scored scale, one per flag that fired and one per criterion. Flags and
 * criteria are Observations of their own rather than components, because they belong to the administration, not to
 * one scale (an instrument may have several scales and a flag on an item outside the total).
 */
public final class ObservationWriter {

    /** What every Observation written is copied from: the scored response, or a score Observation read in. */
    public record Source(Reference subject, Reference encounter, DateTimeType effective, Reference derivedFrom) {

        static Source of(QuestionnaireResponse response) {
            return new Source(response.hasSubject() ? response.getSubject() : null,
                    response.hasEncounter() ? response.getEncounter() : null,
                    response.hasAuthoredElement() ? response.getAuthoredElement() : null,
                    ObservationWriter.derivedFrom(response));
        }
    }

    private final InstrumentDefinition definition;
    private final Source source;
    private final Canonicals canonicals;
    private final Observation.ObservationStatus status;

    ObservationWriter(InstrumentDefinition definition, QuestionnaireResponse response, Canonicals canonicals,
            boolean preliminary) {
        this(definition, Source.of(response), canonicals, preliminary);
    }

    public ObservationWriter(InstrumentDefinition definition, Source source, Canonicals canonicals,
            boolean preliminary) {
        this.definition = definition;
        this.source = source;
        this.canonicals = canonicals;
        this.status = preliminary ? Observation.ObservationStatus.PRELIMINARY : Observation.ObservationStatus.FINAL;
    }

    /** A score computed elsewhere, as $score would have written it: band and cut-offs are read from the score. */
    public Observation score(Scale scale, BigDecimal score) {
        double value = score.doubleValue();
        return scale(ScaleResult.scored(scale, score, ScaleResult.Reading.of(scale, value),
                ScaleResult.Coverage.asAnswered(scale.items().size(), 0, List.of())));
    }

    public Observation scale(ScaleResult result) {
        Scale scale = definition.scale(result.id()).orElseThrow();
        CodeableConcept code = new CodeableConcept().setText(scale.name());
        if (scale.loinc() != null) {
            code.addCoding(new Coding(Fhir.LOINC, scale.loinc(), LoincDisplays.of(scale.loinc())));
        }
        code.addCoding(new Coding(canonicals.scales(), definition.id() + "-" + scale.id(), scale.name()));
        Observation o = base(code);
        BigDecimal score = result.score();
        if (score.stripTrailingZeros().scale() <= 0) {
            o.setValue(new IntegerType(score.intValueExact()));
        } else {
            o.setValue(new Quantity().setValue(score).setUnit(Fhir.SCORE_UNIT).setSystem(Fhir.UCUM)
                    .setCode(Fhir.SCORE_UNIT));
        }
        if (result.band() != null) {
            ScaleResult.BandResult band = result.band();
            o.addInterpretation(new CodeableConcept(new Coding(canonicals.bands(),
                    definition.id() + "-" + scale.id() + "-" + band.id(), band.label())).setText(band.label()));
            o.addNote().setText("Band: " + band.label() + " (" + number(band.min()) + " to " + number(band.max())
                    + " on the " + scale.name() + bandSource(scale) + ").");
        }
        ScaleResult.Coverage coverage = result.coverage();
        if (coverage.prorated()) {
            o.addNote().setText(Character.toUpperCase(coverage.prorating().charAt(0))
                    + coverage.prorating().substring(1) + ".");
        }
        if (result.reading().cutoffs() != null) {
            for (ScaleResult.CutoffResult cutoff : result.reading().cutoffs()) {
                o.addComponent().setCode(new CodeableConcept(new Coding(canonicals.cutoffs(),
                                definition.id() + "-" + scale.id() + "-" + cutoff.id(), cutoff.label()))
                                .setText(cutoff.label() + " (" + cutoff.comparison().wire() + " "
                                        + number(cutoff.value()) + ")"))
                        .setValue(new BooleanType(cutoff.reached()));
            }
        }
        return o;
    }

    Observation flag(FiredFlag flag) {
        Observation o = base(new CodeableConcept(new Coding(canonicals.flags(), definition.id() + "-" + flag.id(),
                flag.label())).setText(definition.abbreviation() + ": " + flag.label()));
        o.setValue(new BooleanType(true));
        o.addNote().setText(flag.meaning());
        for (FiredFlag.ItemValue iv : flag.items()) {
            Item item = definition.item(iv.item()).orElseThrow();
            CodeableConcept code = new CodeableConcept().setText("item " + item.id() + ": " + item.label());
            if (item.loinc() != null) {
                code.addCoding(new Coding(Fhir.LOINC, item.loinc(), null));
            }
            code.addCoding(new Coding(canonicals.items(), definition.id() + "-" + item.id(), item.label()));
            o.addComponent().setCode(code).setValue(new IntegerType(iv.value()));
        }
        return o;
    }

    /**
     * A risk flag whose items were left unanswered: the flag's Observation with no value but a data-absent reason, and
     * one component per unanswered item, so that a missing answer is never read as "no risk". When the flag fired on
     * the answered items, the fired flag's own Observation carries the value and this one only the unanswered items.
     */
    Observation unassessedRisk(UnassessedRisk risk) {
        Observation o = base(new CodeableConcept(new Coding(canonicals.flags(), definition.id() + "-" + risk.flag(),
                risk.label())).setText(definition.abbreviation() + ": " + risk.label() + " (not assessed)"));
        o.setDataAbsentReason(unknown());
        o.addNote().setText(risk.statement());
        for (String id : risk.items()) {
            Item item = definition.item(id).orElseThrow();
            CodeableConcept code = new CodeableConcept().setText("item " + item.id() + ": " + item.label());
            if (item.loinc() != null) {
                code.addCoding(new Coding(Fhir.LOINC, item.loinc(), null));
            }
            code.addCoding(new Coding(canonicals.items(), definition.id() + "-" + item.id(), item.label()));
            o.addComponent().setCode(code).setDataAbsentReason(unknown());
        }
        return o;
    }

    private static CodeableConcept unknown() {
        return new CodeableConcept(new Coding(Fhir.DATA_ABSENT_REASON, "unknown", "Unknown"))
                .setText("not answered");
    }

    Observation criterion(CriterionResult criterion) {
        Observation o = base(new CodeableConcept(new Coding(canonicals.criteria(),
                definition.id() + "-" + criterion.id(), criterion.label()))
                .setText(definition.abbreviation() + ": " + criterion.label()));
        String status = criterion.status().wire();
        o.setValue(new CodeableConcept(new Coding(canonicals.criterionStatus(), status, status)).setText(status));
        o.addNote().setText(criterion.meaning());
        return o;
    }

    private Observation base(CodeableConcept code) {
        Observation o = new Observation();
        o.setStatus(status);
        o.addCategory(new CodeableConcept(new Coding(Fhir.OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(code);
        if (source.subject() != null) {
            o.setSubject(source.subject().copy());
        }
        if (source.encounter() != null) {
            o.setEncounter(source.encounter().copy());
        }
        if (source.effective() != null) {
            o.setEffective(source.effective().copy());
        }
        o.addDerivedFrom(source.derivedFrom().copy());
        return o;
    }

    /** The response by id where it has one, else by its identifier, else by description only. */
    static Reference derivedFrom(QuestionnaireResponse response) {
        String id = response.getIdElement().getIdPart();
        if (id != null && !id.isBlank()) {
            return new Reference("QuestionnaireResponse/" + id);
        }
        Reference reference = new Reference().setType("QuestionnaireResponse");
        if (response.hasIdentifier()) {
            return reference.setIdentifier(response.getIdentifier().copy());
        }
        return reference.setDisplay("the QuestionnaireResponse scored (it has no id)");
    }

    private String bandSource(Scale scale) {
        return scale.bandsSource() == null ? "" : "; source " + scale.bandsSource() + ", cited in GET /instruments/"
                + definition.id();
    }

    public static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : BigDecimal.valueOf(value).toPlainString();
    }
}
