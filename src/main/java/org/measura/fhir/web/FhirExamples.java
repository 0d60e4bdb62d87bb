package org.measura.fhir.web;

/**
 * The $score operation's description and its examples in the OpenAPI document. A request example and a response
 * example that share a name belong together: FhirExamplesTest sends each request and expects exactly that response.
 */
final class FhirExamples {
    private FhirExamples() {
    }

    static final String SCORE_DESCRIPTION = """
            Scores a FHIR R4 QuestionnaireResponse with the same scorer as POST /instruments/{id}/scores and answers \
            a Bundle of type collection.

            **Body**: a QuestionnaireResponse, or a Parameters resource with the parts `response` (resource, \
            required), `questionnaire` (resource: the Questionnaire the response answers, optional) and `instrument` \
            (valueString or valueCode: an instrument id such as phq9, optional). A Questionnaire contained in the \
            response and referenced as `questionnaire: "#id"` is used as the supplied Questionnaire. No URL found in \
            the input is ever fetched.

            **Which instrument**: the `instrument` part; else our canonical URL \
            ({measura.fhir.base-url}/Questionnaire/{id}) in QuestionnaireResponse.questionnaire; else a LOINC \
            panel code: a canonical ending in the panel code (http://loinc.org/q/44249-1, a |version is ignored), or \
            the supplied Questionnaire's url or `code`. Sources that name different instruments are a 422; naming \
            no built-in instrument is a 404; giving no hint at all is a 400.

            **Which item**: a linkId equal to our item id (its number on the form), or to the item's LOINC code (also \
            as the last segment of a path such as /44249-1/44250-9), or mapped through the supplied Questionnaire's \
            item `code` (LOINC). Nested groups (item.item) and sub-items of answers (answer.item) are walked. Every \
            answered linkId that matches nothing is named in one 422 OperationOutcome. Items without an answer \
            (and unmatched ones without an answer, such as groups and display items) are ignored.

            **Which value**: valueInteger (the value printed on the form); or valueCoding with a LOINC answer code \
            the definition knows, with a code of our own answer system ({base-url}/CodeSystem/{id}-answers), \
            or with a weight in an itemWeight, ordinalValue or iso21090-CO-value extension on the coding or the \
            answer, or on the supplied Questionnaire's matching answerOption (on the option or its coding) or on \
            the concept of a contained ValueSet named by the item's answerValueSet (#id; expansion.contains or \
            compose.include.concept). Where several sources give a weight they must agree. A value or weight \
            outside the form's range, not a whole number, or a code with no known weight is a 422, never a score.

            **Totals**: an answered item whose linkId (or supplied Questionnaire code) is a scale's LOINC code or \
            scale id is a stated score: it is never used, ours is computed, and a difference is a warning.

            **Unanswered items** are missing: each scale applies its published missing-item rule (prorating or \
            leaving the scale unscored, with a warning); when no scale can be scored the answer is a 422.

            **Status**: completed and amended are scored normally (Observations final); in-progress and stopped \
            are scored as they stand with a warning, and the Observations are preliminary; entered-in-error is \
            refused (422); a missing status is a 400.

            **Answer**: one Observation per scored scale: code LOINC where the scale has one plus our own \
            ({base-url}/CodeSystem/scales, e.g. phq9-total); category survey; valueInteger for a whole score, \
            else valueQuantity with unit {score} (UCUM); effectiveDateTime = authored; subject and encounter \
            copied; derivedFrom = QuestionnaireResponse/{id} (else its identifier, else a description); \
            interpretation = the severity band ({base-url}/CodeSystem/bands) and a note naming it; one \
            component per published cut-off (valueBoolean: reached). Then one Observation per flag that fired \
            (valueBoolean true, the triggering items as components, the meaning as a note) and one per criterion \
            (valueCodeableConcept met, not-met or undetermined). Last, an OperationOutcome: a summary, and \
            warnings for prorating, missing items, unscored scales, a stated total that differs, a status other \
            than completed, and elements unknown to R4 that were ignored.

            **Errors** are OperationOutcomes with an `expression` locating the element; values sent are never \
            echoed.""";

    static final String LOINC_REQUEST = """
            {"resourceType": "QuestionnaireResponse", "id": "phq9-2026-03-02",
             "questionnaire": "http://loinc.org/q/44249-1", "status": "completed",
             "subject": {"reference": "Patient/example"}, "encounter": {"reference": "Encounter/example"},
             "authored": "2026-03-02T10:15:00+01:00",
             "item": [{"linkId": "/44249-1", "item": [
               {"linkId": "/44249-1/44250-9", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6570-1"}}]},
               {"linkId": "/44249-1/44255-8", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6570-1"}}]},
               {"linkId": "/44249-1/44259-0", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
               {"linkId": "/44249-1/44254-1", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6570-1"}}]},
               {"linkId": "/44249-1/44251-7", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
               {"linkId": "/44249-1/44258-2", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
               {"linkId": "/44249-1/44252-5", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6570-1"}}]},
               {"linkId": "/44249-1/44253-3", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6568-5"}}]},
               {"linkId": "/44249-1/44260-8", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6569-3"}}]},
               {"linkId": "/44249-1/44261-6", "answer": [{"valueInteger": 12}]}]}]}""";

    static final String LOINC_RESULT = """
            {"resourceType": "Bundle", "type": "collection",
             "entry": [{"fullUrl": "urn:uuid:b732300e-db85-4cee-9199-bdc366807615",
             "resource": {"resourceType": "Observation", "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>PHQ-9 total: 12 (moderate).</p></div>"},
             "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
             "code": "survey", "display": "Survey"}]}], "code": {"coding": [{"system": "http://loinc.org",
             "code": "44261-6", "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"}, {"system": "http://localhost:8080/fhir/CodeSystem/scales", "code": "phq9-total",
             "display": "PHQ-9 total"}], "text": "PHQ-9 total"}, "subject": {"reference": "Patient/example"},
             "encounter": {"reference": "Encounter/example"}, "effectiveDateTime": "2026-03-02T10:15:00+01:00",
             "valueInteger": 12,
             "interpretation": [{"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/bands",
             "code": "phq9-total-moderate", "display": "moderate"}], "text": "moderate"}],
             "note": [{"text": "Band: moderate (10 to 14 on the PHQ-9 total; source kroenke2001, cited in GET /instruments/phq9)."}],
             "derivedFrom": [{"reference": "QuestionnaireResponse/phq9-2026-03-02"}],
             "component": [{"code": {"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/cutoffs",
             "code": "phq9-total-caseness", "display": "probable major depression (clinical caseness)"}],
             "text": "probable major depression (clinical caseness) (at-or-above 10)"}, "valueBoolean": true}]}},
             {"fullUrl": "urn:uuid:1f2e1a62-13c1-47df-b692-a9b2e1f816b6", "resource": {"resourceType": "Observation",
             "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>PHQ-9: item 9 endorsed: yes.</p></div>"},
             "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
             "code": "survey", "display": "Survey"}]}],
             "code": {"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/flags",
             "code": "phq9-self-harm-thoughts", "display": "item 9 endorsed"}], "text": "PHQ-9: item 9 endorsed"},
             "subject": {"reference": "Patient/example"}, "encounter": {"reference": "Encounter/example"},
             "effectiveDateTime": "2026-03-02T10:15:00+01:00", "valueBoolean": true,
             "note": [{"text": "Thoughts of death or self-harm were reported: a clinician should assess risk now, whatever the total score."}],
             "derivedFrom": [{"reference": "QuestionnaireResponse/phq9-2026-03-02"}],
             "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "44260-8"},
             {"system": "http://localhost:8080/fhir/CodeSystem/items", "code": "phq9-9",
             "display": "thoughts of death or self-harm"}], "text": "item 9: thoughts of death or self-harm"},
             "valueInteger": 1}]}}, {"fullUrl": "urn:uuid:582a55f4-8e35-41c6-a893-0332534d0935",
             "resource": {"resourceType": "OperationOutcome", "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>Scored 1 of 1 scale of the PHQ-9 from 9 answered items of 9. (1 more issue below.)</p></div>"},
             "issue": [{"severity": "information", "code": "informational",
             "diagnostics": "Scored 1 of 1 scale of the PHQ-9 from 9 answered items of 9."},
             {"severity": "information", "code": "informational",
             "diagnostics": "The score the response states for PHQ-9 total agrees with the score computed here.",
             "expression": ["QuestionnaireResponse.item[0].item[9].answer[0]"]}]}}]}""";

    static final String INTEGERS_REQUEST = """
            {"resourceType": "QuestionnaireResponse",
             "questionnaire": "http://localhost:8080/fhir/Questionnaire/phq9", "status": "completed",
             "subject": {"reference": "Patient/example"}, "authored": "2026-03-16",
             "item": [
               {"linkId": "1", "answer": [{"valueInteger": 2}]}, {"linkId": "2", "answer": [{"valueInteger": 3}]},
               {"linkId": "3", "answer": [{"valueInteger": 1}]}, {"linkId": "4", "answer": [{"valueInteger": 2}]},
               {"linkId": "5", "answer": [{"valueInteger": 1}]}, {"linkId": "6", "answer": [{"valueInteger": 1}]},
               {"linkId": "7", "answer": [{"valueInteger": 2}]}, {"linkId": "8", "answer": [{"valueInteger": 0}]},
               {"linkId": "9"}]}""";

    static final String INTEGERS_RESULT = """
            {"resourceType": "Bundle", "type": "collection",
             "entry": [{"fullUrl": "urn:uuid:9139dbc4-4360-47bf-a419-254e33e40586",
             "resource": {"resourceType": "Observation", "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
             "code": "survey", "display": "Survey"}]}], "code": {"coding": [{"system": "http://loinc.org",
             "code": "44261-6", "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"},
             {"system": "http://localhost:8080/fhir/CodeSystem/scales", "code": "phq9-total",
             "display": "PHQ-9 total"}], "text": "PHQ-9 total"}, "subject": {"reference": "Patient/example"},
             "effectiveDateTime": "2026-03-16", "valueQuantity": {"value": 13.5, "unit": "{score}",
             "system": "http://unitsofmeasure.org", "code": "{score}"},
             "interpretation": [{"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/bands",
             "code": "phq9-total-moderate", "display": "moderate"}], "text": "moderate"}],
             "note": [{"text": "Band: moderate (10 to 14 on the PHQ-9 total; source kroenke2001, cited in GET /instruments/phq9)."},
             {"text": "Prorated: each unanswered item was replaced by the mean of the 8 answered items (missing-item rule from source 'nhs-dd-phq9')."}],
             "derivedFrom": [{"type": "QuestionnaireResponse",
             "display": "the QuestionnaireResponse scored (it has no id)"}],
             "component": [{"code": {"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/cutoffs",
             "code": "phq9-total-caseness", "display": "probable major depression (clinical caseness)"}],
             "text": "probable major depression (clinical caseness) (at-or-above 10)"}, "valueBoolean": true}],
             "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>PHQ-9 total: 13.5 (moderate).</p></div>"}}},
             {"fullUrl": "urn:uuid:dafca203-e4d3-4f01-8b51-0e4ef4693e5d", "resource": {"resourceType": "Observation",
             "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
             "code": "survey", "display": "Survey"}]}],
             "code": {"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/flags",
             "code": "phq9-self-harm-thoughts", "display": "item 9 endorsed"}],
             "text": "PHQ-9: item 9 endorsed (not assessed)"}, "subject": {"reference": "Patient/example"},
             "effectiveDateTime": "2026-03-16",
             "dataAbsentReason": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
             "code": "unknown", "display": "Unknown"}], "text": "not answered"},
             "note": [{"text": "Risk not assessed: PHQ-9 item 9 was not answered, so the risk this flag (item 9 endorsed) watches for was not assessed. A missing answer is not a \\"no\\": ask the client directly before relying on this result."}],
             "derivedFrom": [{"type": "QuestionnaireResponse",
             "display": "the QuestionnaireResponse scored (it has no id)"}],
             "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "44260-8"},
             {"system": "http://localhost:8080/fhir/CodeSystem/items", "code": "phq9-9",
             "display": "thoughts of death or self-harm"}], "text": "item 9: thoughts of death or self-harm"},
             "dataAbsentReason": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
             "code": "unknown", "display": "Unknown"}], "text": "not answered"}}], "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>PHQ-9: item 9 endorsed (not assessed): no value.</p></div>"}}},
             {"fullUrl": "urn:uuid:39b4121f-599d-40cc-b951-b72dde349d07",
             "resource": {"resourceType": "OperationOutcome", "issue": [{"severity": "information",
             "code": "informational", "diagnostics": "Scored 1 of 1 scale of the PHQ-9 from 8 answered items of 9."},
             {"severity": "warning", "code": "incomplete",
             "diagnostics": "Risk not assessed: PHQ-9 item 9 was not answered, so the risk this flag (item 9 endorsed) watches for was not assessed. A missing answer is not a \\"no\\": ask the client directly before relying on this result."},
             {"severity": "warning", "code": "incomplete",
             "diagnostics": "Item 9 of the PHQ-9 was not answered; each scale applied its published missing-item rule."},
             {"severity": "warning", "code": "incomplete",
             "diagnostics": "PHQ-9 total: prorated: each unanswered item was replaced by the mean of the 8 answered items (missing-item rule from source 'nhs-dd-phq9')."},
             {"severity": "information", "code": "informational",
             "diagnostics": "The response has no id, so derivedFrom can only describe it.",
             "expression": ["QuestionnaireResponse.id"]}], "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>Scored 1 of 1 scale of the PHQ-9 from 8 answered items of 9. (4 more issues below.)</p></div>"}}}]}""";

    static final String QUESTIONNAIRE_REQUEST = """
            {"resourceType": "Parameters", "parameter": [
              {"name": "response", "resource": {"resourceType": "QuestionnaireResponse", "id": "gad7-intake",
                "questionnaire": "https://clinic.example/Questionnaire/gad7-local", "status": "completed",
                "subject": {"reference": "Patient/example"}, "authored": "2026-03-02",
                "item": [
                  {"linkId": "a1", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/frequency", "code": "often"}}]},
                  {"linkId": "a2", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/frequency", "code": "half"}}]},
                  {"linkId": "a3", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/frequency", "code": "half"}}]},
                  {"linkId": "a4", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/frequency", "code": "some"}}]},
                  {"linkId": "a5", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/frequency", "code": "some"}}]},
                  {"linkId": "a6", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/frequency", "code": "half"}}]},
                  {"linkId": "a7", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/frequency", "code": "none"}}]},
                  {"linkId": "score", "answer": [{"valueInteger": 9}]}]}},
              {"name": "questionnaire", "resource": {"resourceType": "Questionnaire",
                "url": "https://clinic.example/Questionnaire/gad7-local", "status": "active",
                "code": [{"system": "http://loinc.org", "code": "69737-5"}],
                "contained": [{"resourceType": "ValueSet", "id": "frequency", "status": "active", "expansion": {
                  "timestamp": "2026-01-01", "contains": [
                  {"system": "https://clinic.example/CodeSystem/frequency", "code": "none", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 0}]},
                  {"system": "https://clinic.example/CodeSystem/frequency", "code": "some", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 1}]},
                  {"system": "https://clinic.example/CodeSystem/frequency", "code": "half", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 2}]},
                  {"system": "https://clinic.example/CodeSystem/frequency", "code": "often", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 3}]}]}}],
                "item": [
                  {"linkId": "a1", "code": [{"system": "http://loinc.org", "code": "69725-0"}], "type": "choice", "answerValueSet": "#frequency"},
                  {"linkId": "a2", "code": [{"system": "http://loinc.org", "code": "68509-9"}], "type": "choice", "answerValueSet": "#frequency"},
                  {"linkId": "a3", "code": [{"system": "http://loinc.org", "code": "69733-4"}], "type": "choice", "answerValueSet": "#frequency"},
                  {"linkId": "a4", "code": [{"system": "http://loinc.org", "code": "69734-2"}], "type": "choice", "answerValueSet": "#frequency"},
                  {"linkId": "a5", "code": [{"system": "http://loinc.org", "code": "69735-9"}], "type": "choice", "answerValueSet": "#frequency"},
                  {"linkId": "a6", "code": [{"system": "http://loinc.org", "code": "69689-8"}], "type": "choice", "answerValueSet": "#frequency"},
                  {"linkId": "a7", "code": [{"system": "http://loinc.org", "code": "69736-7"}], "type": "choice", "answerValueSet": "#frequency"},
                  {"linkId": "score", "code": [{"system": "http://loinc.org", "code": "70274-6"}], "type": "integer", "readOnly": true}]}}]}""";

    static final String QUESTIONNAIRE_RESULT = """
            {"resourceType": "Bundle", "type": "collection",
             "entry": [{"fullUrl": "urn:uuid:44289b14-7e9a-41e5-ab79-f5c7213d3162",
             "resource": {"resourceType": "Observation", "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>GAD-7 total: 11 (moderate).</p></div>"},
             "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
             "code": "survey", "display": "Survey"}]}], "code": {"coding": [{"system": "http://loinc.org",
             "code": "70274-6"}, {"system": "http://localhost:8080/fhir/CodeSystem/scales", "code": "gad7-total",
             "display": "GAD-7 total"}], "text": "GAD-7 total"}, "subject": {"reference": "Patient/example"},
             "effectiveDateTime": "2026-03-02", "valueInteger": 11,
             "interpretation": [{"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/bands",
             "code": "gad7-total-moderate", "display": "moderate"}], "text": "moderate"}],
             "note": [{"text": "Band: moderate (10 to 14 on the GAD-7 total; source spitzer2006-bands-secondary, cited in GET /instruments/gad7)."}],
             "derivedFrom": [{"reference": "QuestionnaireResponse/gad7-intake"}],
             "component": [{"code": {"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/cutoffs",
             "code": "gad7-total-probable-gad", "display": "probable generalized anxiety disorder"}],
             "text": "probable generalized anxiety disorder (at-or-above 10)"}, "valueBoolean": true},
             {"code": {"coding": [{"system": "http://localhost:8080/fhir/CodeSystem/cutoffs",
             "code": "gad7-total-nhs-tt-caseness", "display": "NHS Talking Therapies caseness"}],
             "text": "NHS Talking Therapies caseness (at-or-above 8)"}, "valueBoolean": true}]}},
             {"fullUrl": "urn:uuid:e40db29e-d0a1-44fd-9ca8-59166b92e246",
             "resource": {"resourceType": "OperationOutcome", "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>Scored 1 of 1 scale of the GAD-7 from 7 answered items of 7. (1 more issue below.)</p></div>"},
             "issue": [{"severity": "information", "code": "informational",
             "diagnostics": "Scored 1 of 1 scale of the GAD-7 from 7 answered items of 7."}, {"severity": "warning",
             "code": "value",
             "diagnostics": "The response states GAD-7 total 9, but the published key gives 11 for these answers; the computed score is reported and the stated one is not used.",
             "expression": ["Parameters.parameter[0].resource.item[7].answer[0]"]}]}}]}""";

    static final String OUT_OF_RANGE_REQUEST = """
            {"resourceType": "QuestionnaireResponse", "id": "phq9-bad-weight",
             "questionnaire": "http://localhost:8080/fhir/Questionnaire/phq9", "status": "completed",
             "item": [
               {"linkId": "1", "answer": [{"valueCoding": {"system": "https://clinic.example/CodeSystem/phq",
                 "code": "every-hour", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 4}]}}]},
               {"linkId": "2", "answer": [{"valueInteger": 1}]}]}""";

    static final String OUT_OF_RANGE_RESULT = """
            {"resourceType": "OperationOutcome", "text": {"status": "generated",
             "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>The weight must be a whole number from 0 to 3 (the values printed on the PHQ-9 form).</p></div>"},
             "issue": [{"severity": "error", "code": "value",
             "diagnostics": "The weight must be a whole number from 0 to 3 (the values printed on the PHQ-9 form).",
             "expression": ["QuestionnaireResponse.item[0].answer[0].valueCoding"]}]}""";

    static final String UNKNOWN_QUESTIONNAIRE_RESULT = """
            {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found",
             "diagnostics": "There is no Questionnaire with this id; GET /fhir/Questionnaire lists them."}]}""";
}
