package org.measura.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringFault;
import org.measura.scoring.ScoringField;
import org.measura.scoring.ScoringPlans;

/**
 * $score: reads the request, finds the instrument, reads the answers, scores them with the same {@link Scorer} as the
 * plain API, and answers a collection Bundle of Observations and an OperationOutcome saying what the caller should know.
 */
public final class FhirScoring {

    private final Canonicals canonicals;
    private final InstrumentResolver resolver;
    private final ScoringPlans plans;

    public FhirScoring(InstrumentCatalog catalog, Canonicals canonicals) {
        this(catalog, new ScoringPlans(catalog), canonicals);
    }

    /** @param plans the catalog's prepared scoring plans, shared with every other adapter */
    public FhirScoring(InstrumentCatalog catalog, ScoringPlans plans, Canonicals canonicals) {
        this.canonicals = canonicals;
        this.resolver = new InstrumentResolver(catalog, canonicals);
        this.plans = plans;
    }

    /**
     * One response scored: the definition, the scorer's result, the Observations as $score writes them (scale
     * Observations by scale id among them), a one-line summary, and the issues the caller should know about.
     */
    public record Scored(InstrumentDefinition definition, ScoreResult result, boolean preliminary,
            List<Observation> observations, Map<String, Observation> byScale, FhirIssue summary,
            List<FhirIssue> issues) {
    }

    public Bundle score(FhirJson.Parsed parsed) {
        Scored scored = scored(ScoreInput.from(parsed.resource()), parsed.warnings());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Observation o : scored.observations()) {
            BundleEntries.add(bundle, o, null);
        }
        List<FhirIssue> all = new ArrayList<>();
        all.add(scored.summary());
        all.addAll(scored.issues());
        BundleEntries.add(bundle, Outcomes.of(all), null);
        return bundle;
    }

    /**
     * Scores one response; {@code parseWarnings} are placed among the issues where $score reports them.
     *
     * @throws FhirException when the response cannot be scored, with the status $score answers
     */
    public Scored scored(ScoreInput input, List<FhirIssue> parseWarnings) {
        QuestionnaireResponse response = input.response();
        List<FhirIssue> issues = new ArrayList<>();
        boolean preliminary = status(input, issues);
        InstrumentDefinition definition = resolver.resolve(input);
        ResponseReader.Answers answers = ResponseReader.read(definition, input, canonicals);
        ScoreResult result;
        try {
            result = Scorer.score(plans.of(definition), answers.responses(), null, Map.of());
        } catch (InvalidResponsesException e) {
            throw new FhirException(422, e.faults().stream().map(f -> located(f, answers)).toList());
        } catch (NotScorableException e) {
            throw FhirException.of(422, IssueType.INCOMPLETE, "No scale of " + definition.abbreviation()
                    + " could be scored: " + String.join(" ", e.reasons()), input.responsePath());
        }
        ObservationWriter writer = new ObservationWriter(definition, response, canonicals, preliminary);
        Map<String, Observation> byScale = new LinkedHashMap<>();
        List<Observation> observations = new ArrayList<>();
        for (ScaleResult s : result.scales()) {
            if (s.scored()) {
                Observation o = writer.scale(s);
                byScale.put(s.id(), o);
                observations.add(o);
            }
        }
        result.flags().forEach(f -> observations.add(writer.flag(f)));
        if (result.unassessedRisks() != null) {
            result.unassessedRisks().forEach(r -> observations.add(writer.unassessedRisk(r)));
        }
        result.criteria().forEach(c -> observations.add(writer.criterion(c)));
        issues.addAll(parseWarnings);
        if (result.unassessedRisks() != null) {
            result.unassessedRisks().forEach(r -> issues.add(FhirIssue.warning(IssueType.INCOMPLETE, r.statement(),
                    null)));
        }
        issues.addAll(scoringNotes(definition, result));
        issues.addAll(statedScores(result, answers));
        answers.unscored().forEach((id, at) -> issues.add(FhirIssue.information("Item " + id + " ("
                + definition.unscoredItem(id).orElseThrow().label() + ") is on the form but not part of any score of "
                + definition.abbreviation() + "; its answer was not used.", at)));
        issues.addAll(references(input));
        return new Scored(definition, result, preliminary, List.copyOf(observations), byScale,
                summary(definition, result, answers), List.copyOf(issues));
    }

    /** @return whether the Observations are preliminary */
    private static boolean status(ScoreInput input, List<FhirIssue> issues) {
        QuestionnaireResponseStatus status = input.response().getStatus();
        String at = input.responsePath() + ".status";
        if (status == null || status == QuestionnaireResponseStatus.NULL) {
            throw FhirException.of(400, IssueType.REQUIRED, "The response has no status; FHIR requires one "
                    + "(completed, amended, in-progress, stopped or entered-in-error).", at);
        }
        return switch (status) {
            case ENTEREDINERROR -> throw FhirException.of(422, IssueType.BUSINESSRULE, "The response was entered in "
                    + "error and is not scored.", at);
            case INPROGRESS, STOPPED -> {
                issues.add(FhirIssue.warning(IssueType.INCOMPLETE, "The response is " + status.toCode() + ", not "
                        + "completed: it was scored as it stands and the Observations are preliminary.", at));
                yield true;
            }
            default -> false;
        };
    }

    private static FhirIssue summary(InstrumentDefinition definition, ScoreResult result,
            ResponseReader.Answers answers) {
        long scored = result.scales().stream().filter(ScaleResult::scored).count();
        return FhirIssue.information("Scored " + scored + " of " + result.scales().size() + " scale"
                + (result.scales().size() == 1 ? "" : "s") + " of the " + definition.abbreviation() + " from "
                + answers.responses().size() + " answered item" + (answers.responses().size() == 1 ? "" : "s")
                + " of " + definition.items().size() + ".", null);
    }

    private static List<FhirIssue> scoringNotes(InstrumentDefinition definition, ScoreResult result) {
        List<FhirIssue> issues = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        result.scales().forEach(s -> missing.addAll(s.coverage().missingItems()));
        if (!missing.isEmpty()) {
            issues.add(FhirIssue.warning(IssueType.INCOMPLETE, (missing.size() == 1 ? "Item " : "Items ")
                    + String.join(", ", missing) + " of the " + definition.abbreviation() + (missing.size() == 1
                    ? " was" : " were") + " not answered; each scale applied its published missing-item rule.", null));
        }
        for (ScaleResult s : result.scales()) {
            if (s.coverage().prorated()) {
                issues.add(FhirIssue.warning(IssueType.INCOMPLETE, s.name() + ": " + s.coverage().prorating() + ".",
                        null));
            }
            if (!s.scored()) {
                issues.add(FhirIssue.warning(IssueType.INCOMPLETE, s.name() + " was not scored: "
                        + s.notScoredReason() + ".", null));
            }
        }
        if (result.scoringNotes() != null) {
            result.scoringNotes().forEach(n -> issues.add(FhirIssue.information(n, null)));
        }
        return issues;
    }

    /** A score stated in the response is never used; it is only compared with ours. */
    private static List<FhirIssue> statedScores(ScoreResult result, ResponseReader.Answers answers) {
        List<FhirIssue> issues = new ArrayList<>();
        for (ResponseReader.StatedScore stated : answers.stated()) {
            ScaleResult ours = result.scales().stream().filter(s -> s.id().equals(stated.scaleId())).findFirst()
                    .orElseThrow();
            if (stated.value() == null) {
                issues.add(FhirIssue.warning(IssueType.VALUE, "The response states a score for " + ours.name()
                        + " that is not a number; it was ignored.", stated.expression()));
            } else if (!ours.scored()) {
                issues.add(FhirIssue.warning(IssueType.INCOMPLETE, "The response states a score for " + ours.name()
                        + ", which could not be scored here; the stated score is not used.", stated.expression()));
            } else if (stated.value().compareTo(ours.score()) != 0) {
                issues.add(FhirIssue.warning(IssueType.VALUE, "The response states " + ours.name() + " "
                        + shown(stated.value()) + ", but the published key gives "
                        + ours.score().toPlainString() + " for these answers; the computed score is reported and the "
                        + "stated one is not used.", stated.expression()));
            } else {
                issues.add(FhirIssue.information("The score the response states for " + ours.name()
                        + " agrees with the score computed here.", stated.expression()));
            }
        }
        return issues;
    }

    /** A stated number is repeated only when it is a plausible score (short); otherwise it is only said to differ. */
    private static String shown(java.math.BigDecimal stated) {
        java.math.BigDecimal plain = stated.stripTrailingZeros();
        return plain.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000)) < 0 && plain.scale() <= 4
                ? plain.toPlainString() : "a different score";
    }

    private static List<FhirIssue> references(ScoreInput input) {
        List<FhirIssue> issues = new ArrayList<>();
        QuestionnaireResponse response = input.response();
        String id = response.getIdElement().getIdPart();
        if (id == null || id.isBlank()) {
            issues.add(FhirIssue.information("The response has no id, so derivedFrom "
                    + (response.hasIdentifier() ? "names it by its identifier." : "can only describe it."),
                    input.responsePath() + ".id"));
        }
        if (!response.hasAuthored()) {
            issues.add(FhirIssue.information("The response has no authored date, so the Observations have no "
                    + "effective time.", input.responsePath() + ".authored"));
        }
        return issues;
    }

    private static FhirIssue located(ScoringFault fault, ResponseReader.Answers answers) {
        // $score sends no coding and no reference samples, so the scorer's faults are those of an item's answer
        String item = fault.at().field() == ScoringField.RESPONSES ? fault.at().item() : null;
        return FhirIssue.error(IssueType.VALUE, "Item " + (item == null ? "" : item + " ") + fault.reason() + ".",
                item == null ? null : answers.locations().get(item));
    }
}
