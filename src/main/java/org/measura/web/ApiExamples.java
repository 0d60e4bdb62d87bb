package org.measura.web;

/**
 * Request and response examples shown in the OpenAPI document. A request example and a response example that share
 * a name belong together: ApiExamplesTest sends each request and expects exactly that response.
 */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String PHQ9_REQUEST = """
            {"responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}}""";

    static final String PHQ9_RESULT = """
            {"instrument": {"id": "phq9", "abbreviation": "PHQ-9", "name": "Patient Health Questionnaire-9",
              "formVersion": "PHQ-9, items 1-9 (recall: last 2 weeks) and the closing difficulty question (item 10), which is accepted but not part of the total"},
             "scales": [{"id": "total", "name": "PHQ-9 total", "score": 12, "range": {"min": 0, "max": 27},
               "direction": "higher-is-worse", "loinc": "44261-6",
               "band": {"id": "moderate", "label": "moderate", "min": 10, "max": 14},
               "cutoffs": [{"id": "caseness", "label": "probable major depression (clinical caseness)", "value": 10,
                 "comparison": "at-or-above", "reached": true}],
               "items": 9, "answered": 9, "missingItems": [], "prorated": false}],
             "flags": [{"id": "self-harm-thoughts", "label": "item 9 endorsed",
               "meaning": "Thoughts of death or self-harm were reported: a clinician should assess risk now, whatever the total score.",
               "items": [{"item": "9", "value": 1}]}],
             "criteria": []}""";

    /** The same answers placed against a reference sample the definition cites, asked for by its id. */
    static final String PHQ9_NORMS_REQUEST = """
            {"responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1},
             "norms": {"total": "de-general-women"}}""";

    static final String PHQ9_NORMS_RESULT = """
            {"instrument": {"id": "phq9", "abbreviation": "PHQ-9", "name": "Patient Health Questionnaire-9",
              "formVersion": "PHQ-9, items 1-9 (recall: last 2 weeks) and the closing difficulty question (item 10), which is accepted but not part of the total"},
             "scales": [{"id": "total", "name": "PHQ-9 total", "score": 12, "range": {"min": 0, "max": 27},
               "direction": "higher-is-worse", "loinc": "44261-6",
               "band": {"id": "moderate", "label": "moderate", "min": 10, "max": 14},
               "cutoffs": [{"id": "caseness", "label": "probable major depression (clinical caseness)", "value": 10,
                 "comparison": "at-or-above", "reached": true}],
               "items": 9, "answered": 9, "missingItems": [], "prorated": false,
               "norms": [
                 {"sample": "German general population, women", "origin": "definition", "mean": 3.1, "sd": 3.5,
                  "source": "kocalevent2013", "z": 2.54, "t": 75.4, "percentile": 99.5}]}],
             "flags": [{"id": "self-harm-thoughts", "label": "item 9 endorsed",
               "meaning": "Thoughts of death or self-harm were reported: a clinician should assess risk now, whatever the total score.",
               "items": [{"item": "9", "value": 1}]}],
             "criteria": []}""";

    static final String PHQ9_PRORATED_REQUEST = """
            {"responses": {"1": 2, "2": 3, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": null},
             "norms": {"total": {"name": "clinic intake sample", "mean": 15, "sd": 5, "metric": "score"}}}""";

    static final String PHQ9_PRORATED_RESULT = """
            {"instrument": {"id": "phq9", "abbreviation": "PHQ-9", "name": "Patient Health Questionnaire-9",
              "formVersion": "PHQ-9, items 1-9 (recall: last 2 weeks) and the closing difficulty question (item 10), which is accepted but not part of the total"},
             "scales": [{"id": "total", "name": "PHQ-9 total", "score": 13.5, "range": {"min": 0, "max": 27},
               "direction": "higher-is-worse", "loinc": "44261-6",
               "band": {"id": "moderate", "label": "moderate", "min": 10, "max": 14},
               "cutoffs": [{"id": "caseness", "label": "probable major depression (clinical caseness)", "value": 10,
                 "comparison": "at-or-above", "reached": true}],
               "items": 9, "answered": 8, "missingItems": ["9"], "prorated": true,
               "prorating": "prorated: each unanswered item was replaced by the mean of the 8 answered items (missing-item rule from source 'nhs-dd-phq9')",
               "norms": [
                 {"sample": "clinic intake sample", "origin": "request", "mean": 15, "sd": 5,
                  "z": -0.30, "t": 47.0, "percentile": 38.2}]}],
             "flags": [],
             "unassessedRisks": [{"flag": "self-harm-thoughts", "label": "item 9 endorsed", "items": ["9"],
               "fired": false, "statement": "Risk not assessed: PHQ-9 item 9 was not answered, so the risk this flag (item 9 endorsed) watches for was not assessed. A missing answer is not a \\\"no\\\": ask the client directly before relying on this result."}],
             "criteria": [],
             "notes": ["Risk not assessed: PHQ-9 item 9 was not answered, so the risk this flag (item 9 endorsed) watches for was not assessed. A missing answer is not a \\\"no\\\": ask the client directly before relying on this result."]}""";

    static final String OUT_OF_RANGE_REQUEST = """
            {"responses": {"1": 4, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 0}}""";

    static final String OUT_OF_RANGE_PROBLEM = """
            {"type": "/problems/invalid-responses", "title": "Responses cannot be scored", "status": 422,
             "detail": "1 field is invalid; see errors.",
             "errors": [{"pointer": "/responses/1", "reason": "must be a whole number from 0 to 3"}]}""";

    static final String UNKNOWN_INSTRUMENT_PROBLEM = """
            {"type": "/problems/unknown-instrument", "title": "No such instrument", "status": 404,
             "detail": "There is no instrument with this id; GET /instruments lists them."}""";

    static final String BATCH_REQUEST = """
            {"administrations": [
              {"instrument": "phq9", "responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}},
              {"instrument": "phq9", "responses": {"1": 7}},
              {"instrument": "no-such-form", "responses": {}}
            ]}""";

    static final String BATCH_RESULT = """
            {"results": [
              {"index": 0, "result": """ + PHQ9_RESULT + """
            },
              {"index": 1, "problem": {"type": "/problems/invalid-responses", "title": "Responses cannot be scored",
                "status": 422, "detail": "1 field is invalid; see errors.",
                "errors": [{"pointer": "/administrations/1/responses/1", "reason": "must be a whole number from 0 to 3"}]}},
              {"index": 2, "problem": {"type": "/problems/unknown-instrument", "title": "No such instrument",
                "status": 422, "detail": "There is no instrument with this id; GET /instruments lists them.",
                "errors": [{"pointer": "/administrations/2/instrument", "reason": "is not a known instrument id"}]}}
            ]}""";
}
