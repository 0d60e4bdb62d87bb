package org.measura.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;

/**
 * Which instrument a response answers: the explicit instrument parameter, else our own canonical URL, else a LOINC
 * panel code (in the response's questionnaire canonical, or in the supplied Questionnaire's url or code). URLs are
 * compared as text and never fetched.
 */
public final class InstrumentResolver {

    private final InstrumentCatalog catalog;
    private final Canonicals canonicals;

    public InstrumentResolver(InstrumentCatalog catalog, Canonicals canonicals) {
        this.catalog = catalog;
        this.canonicals = canonicals;
    }

    private record Candidate(InstrumentDefinition definition, String from) {
    }

    public InstrumentDefinition resolve(ScoreInput input) {
        List<Candidate> found = new ArrayList<>();
        if (input.instrument() != null) {
            InstrumentDefinition named = catalog.find(input.instrument()).orElseThrow(() -> FhirException.of(404,
                    IssueType.NOTFOUND, "There is no instrument with this id"
                            + catalog.didYouMean(input.instrument()).map(h -> " (" + h + ")").orElse("")
                            + "; GET /fhir/Questionnaire lists them.",
                    input.instrumentPath()));
            found.add(new Candidate(named, "the instrument parameter"));
        }
        String canonical = input.response().getQuestionnaire();
        boolean external = canonical != null && !canonical.isBlank() && !canonical.startsWith("#");
        if (external) {
            byCanonical(canonical).ifPresent(d -> found.add(new Candidate(d, "the response's questionnaire")));
        }
        Questionnaire questionnaire = input.questionnaire();
        if (questionnaire != null) {
            if (questionnaire.hasUrl()) {
                byCanonical(questionnaire.getUrl())
                        .ifPresent(d -> found.add(new Candidate(d, "the supplied Questionnaire's url")));
            }
            for (Coding code : questionnaire.getCode()) {
                byPanel(code).ifPresent(d -> found.add(new Candidate(d, "the supplied Questionnaire's code")));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        found.forEach(c -> ids.add(c.definition().id()));
        if (ids.size() > 1) {
            throw FhirException.of(422, IssueType.CONFLICT, "The request names more than one instrument ("
                    + String.join(", ", found.stream().map(c -> c.from() + ": " + c.definition().id()).toList())
                    + "); send a response to one instrument and name it once.", null);
        }
        if (!found.isEmpty()) {
            return found.get(0).definition();
        }
        if (external || (questionnaire != null && (questionnaire.hasUrl() || questionnaire.hasCode()))) {
            throw FhirException.of(404, IssueType.NOTFOUND, "No built-in instrument matches the questionnaire: it is "
                    + "neither one of ours (" + canonicals.questionnairePrefix() + "{id}) nor a LOINC panel of one "
                    + "(http://loinc.org/q/{panel}). Name the instrument with the instrument parameter of a "
                    + "Parameters body.", external ? input.responsePath() + ".questionnaire" : input.questionnairePath());
        }
        throw FhirException.of(400, IssueType.REQUIRED, "The response does not say which instrument it answers: set "
                + "QuestionnaireResponse.questionnaire to the Questionnaire's canonical URL, or send Parameters with "
                + "an instrument part.", input.responsePath() + ".questionnaire");
    }

    /** Our canonical ({base}/Questionnaire/{id}), or any canonical whose last segment is a known LOINC panel. */
    Optional<InstrumentDefinition> byCanonical(String canonical) {
        String url = canonical.strip();
        int bar = url.indexOf('|');
        if (bar >= 0) {
            url = url.substring(0, bar);
        }
        String prefix = canonicals.questionnairePrefix();
        if (url.startsWith(prefix)) {
            return catalog.find(url.substring(prefix.length()));
        }
        String last = url.substring(url.lastIndexOf('/') + 1);
        return byPanelCode(last);
    }

    private Optional<InstrumentDefinition> byPanel(Coding code) {
        if (code.hasSystem() && !Fhir.LOINC.equals(code.getSystem())) {
            return Optional.empty();
        }
        return code.hasCode() ? byPanelCode(code.getCode()) : Optional.empty();
    }

    private Optional<InstrumentDefinition> byPanelCode(String code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return catalog.all().stream().filter(d -> code.equals(d.loincPanel())).findFirst();
    }
}
