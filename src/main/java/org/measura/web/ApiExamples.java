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
             "errors": [{"pointer": "/responses/1", "reason": "must be a whole number from 0 to 3", "code": "invalid"}]}""";

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
                "errors": [{"pointer": "/administrations/1/responses/1", "reason": "must be a whole number from 0 to 3",
                  "code": "invalid"}]}},
              {"index": 2, "problem": {"type": "/problems/unknown-instrument", "title": "No such instrument",
                "status": 422, "detail": "There is no instrument with this id; GET /instruments lists them.",
                "errors": [{"pointer": "/administrations/2/instrument", "reason": "is not a known instrument id",
                  "code": "unknown"}]}}
            ]}""";

    /*
     * GAD-7, worked by hand: 2+1+2+1+1+0+1 = 8, in the band mild (5-9); below the probable-GAD cut-off 10, at the
     * NHS Talking Therapies caseness cut-off 8 (at or above).
     */
    static final String GAD7_REQUEST = """
            {"responses": {"1": 2, "2": 1, "3": 2, "4": 1, "5": 1, "6": 0, "7": 1}}""";

    /*
     * CORE-10, worked by hand: items 2 and 3 are reverse-keyed (0-4, so 4 - value): 2, 4-3=1, 4-2=2, 1, 2, 0, 1, 2,
     * 1, 2 sum to 14; the mean 1.4 times 10 is the clinical score 14, band mild (11-14), at or above the clinical
     * cut-off 11 and the depression cut-off 13. Item 6 (risk) is 0, so no flag.
     */
    static final String CORE10_REQUEST = """
            {"responses": {"1": 2, "2": 3, "3": 2, "4": 1, "5": 2, "6": 0, "7": 1, "8": 2, "9": 1, "10": 2}}""";

    /*
     * DSQ-40, worked by hand: every item of the mature factor (2, 3, 5, 25, 26, 30, 35, 38) is 6 except humor's 5 = 8
     * and 26 = 4 (humor (8+4)/2 = 6), so mature = 48/8 = 6; every neurotic item (1, 7, 21, 24, 28, 32, 39, 40) is 5,
     * so neurotic = 5; every immature item is 4 except autistic fantasy's 14 = 2 and 17 = 6 ((2+6)/2 = 4), so
     * immature = 96/24 = 4. Each other defense is the mean of two equal items.
     */
    static final String DSQ40_REQUEST = """
            {"responses": {"1": 5, "2": 6, "3": 6, "4": 4, "5": 8, "6": 4, "7": 5, "8": 4, "9": 4, "10": 4,
             "11": 4, "12": 4, "13": 4, "14": 2, "15": 4, "16": 4, "17": 6, "18": 4, "19": 4, "20": 4,
             "21": 5, "22": 4, "23": 4, "24": 5, "25": 6, "26": 4, "27": 4, "28": 5, "29": 4, "30": 6,
             "31": 4, "32": 5, "33": 4, "34": 4, "35": 6, "36": 4, "37": 4, "38": 6, "39": 5, "40": 5}}""";

    static final String GAD7_RESULT = """
            {"instrument": {"id": "gad7", "abbreviation": "GAD-7",
            "name": "Generalized Anxiety Disorder 7-item scale",
            "formVersion": "GAD-7, items 1-7 (recall: last 2 weeks), each rated 0-3"}, "scales": [{"id": "total",
            "name": "GAD-7 total", "score": 8, "range": {"min": 0, "max": 21}, "direction": "higher-is-worse",
            "loinc": "70274-6", "band": {"id": "mild", "label": "mild", "min": 5, "max": 9},
            "cutoffs": [{"id": "probable-gad", "label": "probable generalized anxiety disorder", "value": 10,
            "comparison": "at-or-above", "reached": false}, {"id": "nhs-tt-caseness",
            "label": "NHS Talking Therapies caseness", "value": 8, "comparison": "at-or-above", "reached": true}],
            "items": 7, "answered": 7, "missingItems": [], "prorated": false}], "flags": [], "criteria": []}""";
    static final String CORE10_RESULT = """
            {"instrument": {"id": "core10", "abbreviation": "CORE-10",
            "name": "Clinical Outcomes in Routine Evaluation - 10",
            "formVersion": "CORE-10, items 1-10 in the order of the published form (recall: the last week); item values 0-4 as printed, items 2 and 3 reverse-scored when scoring"},
            "scales": [{"id": "clinical", "name": "CORE-10 clinical score", "score": 14, "range": {"min": 0,
            "max": 40}, "direction": "higher-is-worse", "band": {"id": "mild", "label": "mild", "min": 11,
            "max": 14}, "cutoffs": [{"id": "clinical", "label": "clinical range (general distress)", "value": 11,
            "comparison": "at-or-above", "reached": true}, {"id": "depression", "label": "possible depression",
            "value": 13, "comparison": "at-or-above", "reached": true}], "items": 10, "answered": 10,
            "missingItems": [], "prorated": false}], "flags": [], "criteria": []}""";
    static final String DSQ40_RESULT = """
            {"instrument": {"id": "dsq40", "abbreviation": "DSQ-40", "name": "Defense Style Questionnaire, 40-item version",
            "formVersion": "DSQ-40 (Andrews, Singh & Bond 1993), items numbered 1-40 as on the 40-item form (not their DSQ-88 numbers), each rated 1-9; no reverse-keyed items"},
            "scales": [{"id": "sublimation", "name": "Sublimation", "score": 6, "range": {"min": 1, "max": 9}, "direction": "higher-is-better",
            "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "humor", "name": "Humor", "score": 6,
            "range": {"min": 1, "max": 9}, "direction": "higher-is-better", "items": 2, "answered": 2, "missingItems": [],
            "prorated": false}, {"id": "anticipation", "name": "Anticipation", "score": 6, "range": {"min": 1, "max": 9},
            "direction": "higher-is-better", "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "suppression",
            "name": "Suppression", "score": 6, "range": {"min": 1, "max": 9}, "direction": "higher-is-better", "items": 2,
            "answered": 2, "missingItems": [], "prorated": false}, {"id": "undoing", "name": "Undoing", "score": 5, "range": {"min": 1,
            "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [], "prorated": false},
            {"id": "pseudo-altruism", "name": "Pseudo-altruism", "score": 5, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse",
            "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "idealization", "name": "Idealization",
            "score": 5, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [],
            "prorated": false}, {"id": "reaction-formation", "name": "Reaction formation", "score": 5, "range": {"min": 1,
            "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [], "prorated": false},
            {"id": "projection", "name": "Projection", "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse",
            "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "passive-aggression", "name": "Passive aggression",
            "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [],
            "prorated": false}, {"id": "acting-out", "name": "Acting out", "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse",
            "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "isolation", "name": "Isolation",
            "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [],
            "prorated": false}, {"id": "devaluation", "name": "Devaluation", "score": 4, "range": {"min": 1, "max": 9},
            "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "autistic-fantasy",
            "name": "Autistic fantasy", "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse", "items": 2,
            "answered": 2, "missingItems": [], "prorated": false}, {"id": "denial", "name": "Denial", "score": 4, "range": {"min": 1,
            "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [], "prorated": false},
            {"id": "displacement", "name": "Displacement", "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse",
            "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "dissociation", "name": "Dissociation",
            "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [],
            "prorated": false}, {"id": "splitting", "name": "Splitting", "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse",
            "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "rationalization", "name": "Rationalization",
            "score": 4, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [],
            "prorated": false}, {"id": "somatization", "name": "Somatization", "score": 4, "range": {"min": 1, "max": 9},
            "direction": "higher-is-worse", "items": 2, "answered": 2, "missingItems": [], "prorated": false}, {"id": "mature",
            "name": "Mature defense style", "score": 6, "range": {"min": 1, "max": 9}, "direction": "higher-is-better",
            "items": 8, "answered": 8, "missingItems": [], "prorated": false}, {"id": "neurotic", "name": "Neurotic defense style",
            "score": 5, "range": {"min": 1, "max": 9}, "direction": "higher-is-worse", "items": 8, "answered": 8, "missingItems": [],
            "prorated": false}, {"id": "immature", "name": "Immature defense style", "score": 4, "range": {"min": 1, "max": 9},
            "direction": "higher-is-worse", "items": 24, "answered": 24, "missingItems": [], "prorated": false}], "flags": [],
            "criteria": [], "profile": {"label": "Defense profile", "ranked": [{"scale": "sublimation", "name": "Sublimation",
            "score": 6}, {"scale": "humor", "name": "Humor", "score": 6}, {"scale": "anticipation", "name": "Anticipation",
            "score": 6}, {"scale": "suppression", "name": "Suppression", "score": 6}, {"scale": "undoing", "name": "Undoing",
            "score": 5}, {"scale": "pseudo-altruism", "name": "Pseudo-altruism", "score": 5}, {"scale": "idealization",
            "name": "Idealization", "score": 5}, {"scale": "reaction-formation", "name": "Reaction formation", "score": 5},
            {"scale": "projection", "name": "Projection", "score": 4}, {"scale": "passive-aggression", "name": "Passive aggression",
            "score": 4}, {"scale": "acting-out", "name": "Acting out", "score": 4}, {"scale": "isolation", "name": "Isolation",
            "score": 4}, {"scale": "devaluation", "name": "Devaluation", "score": 4}, {"scale": "autistic-fantasy", "name": "Autistic fantasy",
            "score": 4}, {"scale": "denial", "name": "Denial", "score": 4}, {"scale": "displacement", "name": "Displacement",
            "score": 4}, {"scale": "dissociation", "name": "Dissociation", "score": 4}, {"scale": "splitting", "name": "Splitting",
            "score": 4}, {"scale": "rationalization", "name": "Rationalization", "score": 4}, {"scale": "somatization",
            "name": "Somatization", "score": 4}], "predominantStyle": [{"scale": "mature", "name": "Mature defense style",
            "score": 6}], "unscored": []}}""";

    static final String UNKNOWN_FIELD_PROBLEM = """
            {"type": "/problems/invalid-request", "title": "Request does not match the API's schema", "status": 400,
             "detail": "1 field is invalid; see errors.",
             "errors": [{"pointer": "/colour", "reason": "is not a field of this request (fields: coding, definition, norms, responses)"}]}""";

    static final String BATCH_UNKNOWN_FIELD_PROBLEM = """
            {"type": "/problems/invalid-request", "title": "Request does not match the API's schema", "status": 400,
             "detail": "1 field is invalid; see errors.",
             "errors": [{"pointer": "/colour", "reason": "is not a field of this request (fields: administrations)"}]}""";

    static final String TREND_UNKNOWN_FIELD_PROBLEM = """
            {"type": "/problems/invalid-request", "title": "Request does not match the API's schema", "status": 400,
             "detail": "1 field is invalid; see errors.",
             "errors": [{"pointer": "/colour", "reason": "is not a field of this request"}]}""";

    static final String TREND_OUT_OF_RANGE_REQUEST = """
            {"administrations": [
              {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 12}},
              {"instrument": "phq9", "date": "2026-03-02", "scores": {"total": 30}}
            ]}""";

    static final String TREND_OUT_OF_RANGE_PROBLEM = """
            {"type": "/problems/invalid-trend-request", "title": "Administrations cannot be compared as sent",
             "status": 422, "detail": "1 field is invalid; see errors.",
             "errors": [{"pointer": "/administrations/1/scores/total",
                         "reason": "must be a number within the scale's range 0-27", "code": "invalid"}]}""";
}
