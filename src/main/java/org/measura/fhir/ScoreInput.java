package org.measura.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * What $score was given: the response, optionally the Questionnaire it answers and an instrument id, each with its
 * FHIRPath in the request so that faults can point at it.
 */
public record ScoreInput(QuestionnaireResponse response, String responsePath, Questionnaire questionnaire,
        String questionnairePath, String instrument, String instrumentPath) {

    static final List<String> PARAMETERS = List.of("response", "questionnaire", "instrument");

    /** @throws FhirException (400) when the body is neither a QuestionnaireResponse nor Parameters as documented */
    public static ScoreInput from(Resource body) {
        if (body instanceof QuestionnaireResponse response) {
            return withContainedQuestionnaire(new ScoreInput(response, "QuestionnaireResponse", null, null, null,
                    null));
        }
        if (body instanceof Parameters parameters) {
            return fromParameters(parameters);
        }
        throw FhirException.of(400, IssueType.INVALID, "$score takes a QuestionnaireResponse, or a Parameters "
                + "resource with the parts response, questionnaire (optional) and instrument (optional).", null);
    }

    /** A response found elsewhere in a request (e.g. a Bundle entry), at {@code path}. */
    public static ScoreInput of(QuestionnaireResponse response, String path) {
        return withContainedQuestionnaire(new ScoreInput(response, path, null, null, null, null));
    }

    private static ScoreInput fromParameters(Parameters parameters) {
        QuestionnaireResponse response = null;
        String responsePath = null;
        Questionnaire questionnaire = null;
        String questionnairePath = null;
        String instrument = null;
        String instrumentPath = null;
        List<FhirIssue> errors = new java.util.ArrayList<>();
        List<Parameters.ParametersParameterComponent> parts = parameters.getParameter();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Parameters.ParametersParameterComponent part = parts.get(i);
            String at = "Parameters.parameter[" + i + "]";
            String name = part.getName();
            if (name == null || !PARAMETERS.contains(name)) {
                errors.add(FhirIssue.error(IssueType.INVALID, "This parameter is not one $score takes (it takes "
                        + String.join(", ", PARAMETERS) + ").", at + ".name"));
                continue;
            }
            if (!seen.add(name)) {
                errors.add(FhirIssue.error(IssueType.INVALID, "The parameter " + name + " may appear once.",
                        at + ".name"));
                continue;
            }
            switch (name) {
                case "response" -> {
                    if (part.getResource() instanceof QuestionnaireResponse r) {
                        response = r;
                        responsePath = at + ".resource";
                    } else {
                        errors.add(FhirIssue.error(IssueType.INVALID, "The response parameter must hold a "
                                + "QuestionnaireResponse in resource.", at));
                    }
                }
                case "questionnaire" -> {
                    if (part.getResource() instanceof Questionnaire q) {
                        questionnaire = q;
                        questionnairePath = at + ".resource";
                    } else {
                        errors.add(FhirIssue.error(IssueType.INVALID, "The questionnaire parameter must hold the "
                                + "Questionnaire the response answers in resource; URLs are never fetched.", at));
                    }
                }
                default -> {
                    if (part.getValue() instanceof StringType s && s.getValue() != null && !s.getValue().isBlank()) {
                        instrument = s.getValue();
                        instrumentPath = at + ".value";
                    } else {
                        errors.add(FhirIssue.error(IssueType.INVALID, "The instrument parameter must be a valueString "
                                + "or valueCode holding an instrument id such as phq9.", at));
                    }
                }
            }
        }
        if (response == null && errors.isEmpty()) {
            errors.add(FhirIssue.error(IssueType.REQUIRED, "The response parameter is required: the "
                    + "QuestionnaireResponse to score.", "Parameters.parameter"));
        }
        if (!errors.isEmpty()) {
            throw new FhirException(400, errors);
        }
        ScoreInput input = new ScoreInput(response, responsePath, questionnaire, questionnairePath, instrument,
                instrumentPath);
        return questionnaire == null ? withContainedQuestionnaire(input) : input;
    }

    /** A response may carry the Questionnaire it answers as a contained resource ({@code questionnaire: "#id"}). */
    private static ScoreInput withContainedQuestionnaire(ScoreInput input) {
        String canonical = input.response().getQuestionnaire();
        if (canonical == null || !canonical.startsWith("#")) {
            return input;
        }
        List<Resource> contained = input.response().getContained();
        for (int i = 0; i < contained.size(); i++) {
            if (contained.get(i) instanceof Questionnaire q && ids(q.getIdElement().getIdPart(), canonical)) {
                return new ScoreInput(input.response(), input.responsePath(), q,
                        input.responsePath() + ".contained[" + i + "]", input.instrument(), input.instrumentPath());
            }
        }
        return input;
    }

    static boolean ids(String containedId, String localReference) {
        if (containedId == null) {
            return false;
        }
        String id = containedId.startsWith("#") ? containedId.substring(1) : containedId;
        return id.equals(localReference.substring(1));
    }
}
