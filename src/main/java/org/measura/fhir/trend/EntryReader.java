package org.measura.fhir.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.Scale;
import org.measura.fhir.Canonicals;
import org.measura.fhir.Fhir;
import org.measura.fhir.FhirException;
import org.measura.fhir.FhirIssue;
import org.measura.fhir.FhirScoring;
import org.measura.fhir.ObservationWriter;
import org.measura.fhir.ScoreInput;
import org.measura.scoring.ScaleResult;
import org.measura.fault.FaultCode;
import org.measura.scoring.Scorer;
import org.measura.trends.AdministrationChecks;
import org.measura.trends.FieldReason;

/**
 * Reads the Bundle's entries into administrations: each QuestionnaireResponse is scored as $score scores it, each
 * score Observation is read back and written again as $score would have written it. Entries that carry no score
 * (other resource types, our own flags or change Observations, records entered in error) are left out with a note.
 * Every entry must name the same subject. Faults of all entries are collected: a 400 when any is one of form, else
 * a 422.
 */
final class EntryReader {

    static final int MAX_ENTRIES = 500;

    /** What the Bundle gave: the administrations in entry order, the client, and what the caller should know. */
    record Read(List<Administration> administrations, Reference subject, int responses, int observations,
            List<FhirIssue> issues) {
    }

    private final FhirScoring scoring;
    private final InstrumentCatalog catalog;
    private final Canonicals canonicals;
    private final List<FhirIssue> shape = new ArrayList<>();
    private final List<FhirIssue> semantic = new ArrayList<>();
    private final List<FhirIssue> issues = new ArrayList<>();
    private final List<Administration> administrations = new ArrayList<>();
    private final Set<String> responseIds = new HashSet<>();
    private boolean subjectSeen;
    private String subjectKey;
    private String subjectPath;
    private Reference subject;
    private int responses;
    private int observations;

    EntryReader(FhirScoring scoring, InstrumentCatalog catalog, Canonicals canonicals) {
        this.scoring = scoring;
        this.catalog = catalog;
        this.canonicals = canonicals;
    }

    /** @throws FhirException (400 or 422) naming every entry that cannot be used, and why */
    Read read(Bundle bundle, String bundlePath) {
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        if (entries.isEmpty()) {
            throw FhirException.of(400, IssueType.REQUIRED, "The Bundle has no entries: send one client's "
                    + "QuestionnaireResponses and/or score Observations.", bundlePath + ".entry");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw FhirException.of(400, IssueType.TOOCOSTLY, "The Bundle holds more than " + MAX_ENTRIES
                    + " entries; send at most " + MAX_ENTRIES + ".", bundlePath + ".entry");
        }
        for (Bundle.BundleEntryComponent entry : entries) {
            if (entry.getResource() instanceof QuestionnaireResponse r) {
                if (entry.hasFullUrl()) {
                    responseIds.add(entry.getFullUrl());
                }
                String id = r.getIdElement().getIdPart();
                if (id != null && !id.isBlank()) {
                    responseIds.add("QuestionnaireResponse/" + id);
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String at = bundlePath + ".entry[" + i + "].resource";
            Resource resource = entries.get(i).getResource();
            if (resource == null) {
                shape.add(FhirIssue.error(IssueType.REQUIRED, "This entry has no resource: send each "
                        + "QuestionnaireResponse or Observation inline (URLs are never fetched).",
                        bundlePath + ".entry[" + i + "]"));
            } else if (resource instanceof QuestionnaireResponse response) {
                subject(response.getSubject(), at);
                response(i, response, at);
            } else if (resource instanceof Observation observation) {
                subject(observation.getSubject(), at);
                observation(i, observation, at);
            } else {
                issues.add(FhirIssue.warning(IssueType.INFORMATIONAL, "This entry is a " + resource.fhirType()
                        + "; $trend reads QuestionnaireResponses and score Observations, so it was left out.", at));
            }
        }
        if (!shape.isEmpty()) {
            throw new FhirException(400, shape);
        }
        if (!semantic.isEmpty()) {
            throw new FhirException(422, semantic);
        }
        if (administrations.isEmpty()) {
            List<FhirIssue> all = new ArrayList<>();
            all.add(FhirIssue.error(IssueType.INCOMPLETE, "No entry of the Bundle gives a score, so there is no "
                    + "trend to analyse.", bundlePath + ".entry"));
            all.addAll(issues);
            throw new FhirException(422, all);
        }
        return new Read(List.copyOf(administrations), subject, responses, observations, List.copyOf(issues));
    }

    /** Every entry must name the client the first one names (by the same reference, identifier or display). */
    private void subject(Reference reference, String at) {
        String key = subjectKey(reference);
        if (!subjectSeen) {
            subjectSeen = true;
            subjectKey = key;
            subjectPath = at;
            subject = key == null ? null : reference;
            return;
        }
        if (Objects.equals(key, subjectKey)) {
            return;
        }
        String why;
        if (key == null) {
            why = "This entry names no subject, but " + subjectPath + " does";
        } else if (subjectKey == null) {
            why = "This entry names a subject, but " + subjectPath + " names none";
        } else {
            why = "This entry's subject is not the subject of " + subjectPath;
        }
        semantic.add(FhirIssue.error(IssueType.BUSINESSRULE, why + ": a trend is one client's, so every entry must "
                + "name the same subject. Send each client's entries in a Bundle of their own.", at + ".subject"));
    }

    static String subjectKey(Reference reference) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        if (reference.hasReference()) {
            IdType id = new IdType(reference.getReference());
            return id.hasResourceType() && id.hasIdPart() ? id.getResourceType() + "/" + id.getIdPart()
                    : reference.getReference();
        }
        if (reference.hasIdentifier()) {
            return "identifier " + reference.getIdentifier().getSystem() + "|" + reference.getIdentifier().getValue();
        }
        return "display " + reference.getDisplay();
    }

    private void response(int index, QuestionnaireResponse response, String at) {
        if (response.getStatus() == QuestionnaireResponseStatus.ENTEREDINERROR) {
            issues.add(FhirIssue.warning(IssueType.INFORMATIONAL, "This response was entered in error, so it was "
                    + "left out.", at + ".status"));
            return;
        }
        int before = shape.size() + semantic.size();
        Course course = Course.read(response, index, at, canonicals, shape, semantic);
        LocalDate date = date(index, response.getAuthoredElement(), at + ".authored", "The response's authored date");
        FhirScoring.Scored scored;
        try {
            scored = scoring.scored(ScoreInput.of(response, at), List.of());
        } catch (FhirException e) {
            // Inside a trend an unknown instrument is a fault of the content (422), as on POST /trends.
            (e.status() == 400 ? shape : semantic).addAll(e.issues());
            return;
        }
        if (shape.size() + semantic.size() > before) {
            return;
        }
        responses++;
        List<Administration.ScaleScore> scores = new ArrayList<>();
        for (ScaleResult s : scored.result().scales()) {
            if (s.scored()) {
                Scale scale = scored.definition().scale(s.id()).orElseThrow();
                scores.add(new Administration.ScaleScore(scored.definition(), scale, s.score().doubleValue(),
                        scored.byScale().get(s.id())));
            }
        }
        scored.observations().forEach(o -> course.writeTo(o, canonicals));
        administrations.add(new Administration(index, at, date, response.getAuthoredElement(), course,
                scored.preliminary(), scores, scored.observations()));
        issues.addAll(scored.issues());
    }

    private void observation(int index, Observation observation, String at) {
        ScoreCode code = ScoreCode.of(observation.getCode(), at, catalog, canonicals);
        if (code.fault() != null) {
            semantic.add(code.fault());
            return;
        }
        if (!code.isScore()) {
            issues.add(FhirIssue.information("This Observation is not a score but one of the others this service "
                    + "writes (a flag, criterion, change or classification), so it was left out.", at));
            return;
        }
        for (Reference from : observation.getDerivedFrom()) {
            if (isResponseInBundle(from)) {
                issues.add(FhirIssue.information("This score Observation derives from a QuestionnaireResponse in "
                        + "the Bundle, which was scored here instead, so it was left out.", at));
                return;
            }
        }
        Boolean preliminary = status(observation, at);
        if (preliminary == null) {
            return;
        }
        int before = shape.size() + semantic.size();
        Course course = Course.read(observation, index, at, canonicals, shape, semantic);
        DateTimeType effective = effective(observation.getEffective());
        LocalDate date = date(index, effective, at + ".effective", "The Observation's effective time");
        BigDecimal value = value(index, observation, code.scale(), at);
        if (value == null || shape.size() + semantic.size() > before) {
            return;
        }
        observations++;
        BigDecimal score = Scorer.round(value.doubleValue());
        ObservationWriter.Source source = new ObservationWriter.Source(
                observation.hasSubject() ? observation.getSubject() : null,
                observation.hasEncounter() ? observation.getEncounter() : null, effective,
                derivedFrom(observation, at));
        Observation written = new ObservationWriter(code.definition(), source, canonicals, preliminary)
                .score(code.scale(), score);
        course.writeTo(written, canonicals);
        administrations.add(new Administration(index, at, date, effective, course, preliminary,
                List.of(new Administration.ScaleScore(code.definition(), code.scale(), score.doubleValue(), written)),
                List.of(written)));
    }

    private boolean isResponseInBundle(Reference from) {
        if (!from.hasReference()) {
            return false;
        }
        if (responseIds.contains(from.getReference())) {
            return true;
        }
        IdType id = new IdType(from.getReference());
        return "QuestionnaireResponse".equals(id.getResourceType())
                && responseIds.contains("QuestionnaireResponse/" + id.getIdPart());
    }

    /** @return whether the score is preliminary, or null when the Observation is left out or faulty */
    private Boolean status(Observation observation, String at) {
        Observation.ObservationStatus status = observation.getStatus();
        if (status == null || status == Observation.ObservationStatus.NULL) {
            shape.add(FhirIssue.error(IssueType.REQUIRED, "The Observation has no status; FHIR requires one.",
                    at + ".status"));
            return null;
        }
        return switch (status) {
            case ENTEREDINERROR, CANCELLED -> {
                issues.add(FhirIssue.warning(IssueType.INFORMATIONAL, "This Observation is " + status.toCode()
                        + ", so it was left out.", at + ".status"));
                yield null;
            }
            case REGISTERED, PRELIMINARY, UNKNOWN -> {
                issues.add(FhirIssue.warning(IssueType.INCOMPLETE, "This Observation is " + status.toCode() + ", not "
                        + "final: its score is used, and the Observations resting on it are preliminary.",
                        at + ".status"));
                yield true;
            }
            default -> false;
        };
    }

    /** The score: valueInteger, or valueQuantity without a unit or in {score}, within the scale's range. */
    private BigDecimal value(int index, Observation observation, Scale scale, String at) {
        Type value = observation.getValue();
        BigDecimal number = null;
        String valueAt = at + ".value";
        if (value == null) {
            if (observation.hasDataAbsentReason()) {
                issues.add(FhirIssue.warning(IssueType.INFORMATIONAL, "This Observation has no value (a "
                        + "dataAbsentReason is given), so it was left out.", at + ".dataAbsentReason"));
            } else {
                semantic.add(FhirIssue.error(IssueType.REQUIRED, "This score Observation has no value.", valueAt));
            }
            return null;
        }
        if (value instanceof IntegerType i && i.getValue() != null) {
            number = BigDecimal.valueOf(i.getValue());
            valueAt = at + ".valueInteger";
        } else if (value instanceof Quantity q && q.getValue() != null) {
            valueAt = at + ".valueQuantity";
            if (q.hasCode() && !Fhir.SCORE_UNIT.equals(q.getCode()) && !"1".equals(q.getCode())) {
                semantic.add(FhirIssue.error(IssueType.VALUE, "The quantity's unit is not a score: use the UCUM "
                        + "annotation {score}, or no unit.", valueAt + ".code"));
                return null;
            }
            number = q.getValue();
        }
        if (number == null) {
            semantic.add(FhirIssue.error(IssueType.VALUE, "A score Observation's value must be a valueInteger or a "
                    + "valueQuantity.", valueAt));
            return null;
        }
        List<FieldReason> faults = new ArrayList<>();
        if (!AdministrationChecks.inRange(index, scale, scale.id(), number.doubleValue(), faults)) {
            semantic.add(FhirIssue.error(IssueType.VALUE, "The score is outside the range of the " + scale.name()
                    + " (" + ObservationWriter.number(scale.range().min()) + " to "
                    + ObservationWriter.number(scale.range().max()) + ").", valueAt));
            return null;
        }
        return number;
    }

    /** effectiveDateTime, effectiveInstant, or the end (else the start) of effectivePeriod. */
    private static DateTimeType effective(Type effective) {
        if (effective instanceof DateTimeType d) {
            return d;
        }
        if (effective instanceof InstantType i && i.getValue() != null) {
            return new DateTimeType(i.getValueAsString());
        }
        if (effective instanceof Period p) {
            return p.hasEnd() ? p.getEndElement() : p.hasStart() ? p.getStartElement() : null;
        }
        return null;
    }

    /**
     * The calendar date as written, read as every course reads it ({@link AdministrationChecks#date}); it must be a
     * full date (a FHIR dateTime of year or month precision is not one).
     */
    private LocalDate date(int index, BaseDateTimeType when, String at, String what) {
        List<FieldReason> faults = new ArrayList<>();
        LocalDate date = AdministrationChecks.date(index,
                when == null || when.getValue() == null ? null : when.getValueAsString(), faults);
        for (FieldReason f : faults) {
            shape.add(f.code() == FaultCode.REQUIRED
                    ? FhirIssue.error(IssueType.REQUIRED, what + " is required: a trend orders administrations by "
                            + "date.", at)
                    : FhirIssue.error(IssueType.VALUE, what + " must give at least a full date (year, month and "
                            + "day).", at));
        }
        return date;
    }

    /** The Observation read, by id where it has one, else by its identifier, else by where it was in the request. */
    private static Reference derivedFrom(Observation observation, String at) {
        String id = observation.getIdElement().getIdPart();
        if (id != null && !id.isBlank()) {
            return new Reference("Observation/" + id);
        }
        Reference reference = new Reference().setType("Observation");
        if (observation.hasIdentifier()) {
            return reference.setIdentifier(observation.getIdentifierFirstRep().copy());
        }
        return reference.setDisplay("the score Observation at " + at + " of the request (it has no id)");
    }
}
