package org.measura.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Enumerations;

/** What the /fhir endpoints support, as a CapabilityStatement. */
public final class CapabilityFactory {
    private CapabilityFactory() {
    }

    public static CapabilityStatement of(Canonicals canonicals, FhirDefinitions definitions, Date published,
            String softwareVersion) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(published);
        cs.setPublisher("Measura");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("Measura").setVersion(softwareVersion);
        cs.getImplementation().setDescription("Measura: stateless scoring of standardized psychotherapy "
                + "questionnaires. Stores nothing; never fetches a URL found in a request.");
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat(Fhir.MEDIA_TYPE);
        cs.addFormat("json");
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER)
                .setDocumentation("Errors are OperationOutcomes. Questionnaires are generated from the built-in "
                        + "instrument definitions; canonical URLs are " + canonicals.questionnairePrefix() + "{id}.");
        CapabilityStatementRestResourceComponent questionnaire = rest.addResource().setType("Questionnaire");
        questionnaire.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        questionnaire.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        questionnaire.addSearchParam().setName("url").setType(Enumerations.SearchParamType.URI)
                .setDocumentation("The Questionnaire's canonical URL (a |version suffix is ignored).");
        CapabilityStatementRestResourceComponent response = rest.addResource().setType("QuestionnaireResponse");
        response.addOperation().setName("score").setDefinition(canonicals.scoreOperation())
                .setDocumentation("POST /fhir/QuestionnaireResponse/$score: a QuestionnaireResponse (or Parameters "
                        + "with response, questionnaire, instrument) in; a Bundle of score Observations and an "
                        + "OperationOutcome out.");
        for (FhirDefinitions.Type type : FhirDefinitions.Type.values()) {
            CapabilityStatementRestResourceComponent served = rest.addResource().setType(type.fhirName());
            served.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
            served.setDocumentation("Read by id: " + String.join(", ", definitions.all(type).stream()
                    .map(r -> r.getIdElement().getIdPart()).toList()) + " (canonical URL " + canonicals.base() + "/"
                    + type.fhirName() + "/{id}).");
        }
        rest.addOperation().setName("trend").setDefinition(canonicals.trendOperation())
                .setDocumentation("POST /fhir/$trend: a Bundle of one client's QuestionnaireResponses and score "
                        + "Observations (or Parameters with bundle, method, criticalValue, cutoffType and measure) in; "
                        + "a Bundle of the score Observations, one change Observation per comparison, follow-up and "
                        + "NHS Talking Therapies findings, and an OperationOutcome out. Phase and session come from "
                        + "the extensions " + canonicals.phaseExtension() + " (valueCode) and "
                        + canonicals.sessionExtension() + " (valueInteger).");
        Narratives.set(cs, "Measura's FHIR R4 server: Questionnaire read and search, $score on QuestionnaireResponse, "
                + "$trend, and read of the OperationDefinitions, CodeSystems, ValueSets and StructureDefinitions our "
                + "answers name.");
        return cs;
    }
}
