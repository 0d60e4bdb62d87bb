#!/usr/bin/env python3
"""Writes the fixed requests of the answer-identity test (AnswerIdentityTest) into
src/test/resources/answers/requests/ and their list, cases.tsv. Run once; the files are committed and never
regenerated unless a case is added (then re-record the answers: see src/test/resources/answers/README.md).

Bodies come from the OpenAPI document's examples (as committed when the case was added) and from seeded
generators below, so that they are the same on every run.
Usage: python3 src/test/answers-requests.py [openapi/openapi.json]
"""
import json
import os
import random
import sys
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "resources", "answers")
DOC = json.load(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "openapi", "openapi.json")))

cases = []  # (name, method path?query, content type, request file)


def example(path, media, name):
    value = DOC["paths"][path]["post"]["requestBody"]["content"][media]["examples"][name]
    if "$ref" in value:
        value = DOC["components"]["examples"][value["$ref"].rsplit("/", 1)[1]]
    return value["value"]


def add(name, target, media, body):
    file = name + (".ndjson" if media == "application/x-ndjson" else ".json")
    with open(os.path.join(OUT, "requests", file), "w") as f:
        f.write(body if isinstance(body, str) else json.dumps(body, indent=1))
    cases.append((name, target, media, file))


def phq9_items(total, skip=()):
    values = [total // 9 + (1 if i < total % 9 else 0) for i in range(9)]
    return {str(i + 1): v for i, v in enumerate(values) if str(i + 1) not in skip}


def course(n, seed, instrument="phq9", scale_max=27, items=9, unanswered_risk_at=None, start_score=19):
    """One client's weekly course of n administrations, item responses, scores falling with noise."""
    rnd = random.Random(seed)
    start = date(2025, 1, 6)
    out = []
    for i in range(n):
        phase = "baseline" if i == 0 else "termination" if i == n - 1 else "treatment"
        score = round(start_score - 13 * i / max(1, n - 1) + rnd.gauss(0, 2))
        score = max(0, min(scale_max, score))
        values = [score // items + (1 if k < score % items else 0) for k in range(items)]
        responses = {str(k + 1): v for k, v in enumerate(values)}
        if unanswered_risk_at == i:
            del responses["9"]
        out.append({"instrument": instrument, "date": (start + timedelta(weeks=i)).isoformat(),
                    "session": i + 1, "phase": phase, "responses": responses})
    return out


# Single scoring: the documented examples (PHQ-9, norms by sample id, prorated with own sample, out of range, GAD-7,
# CORE-10, DSQ-40) and a few more.
for name in ("phq9", "phq9-norms", "phq9-prorated", "out-of-range", "gad7", "core10", "dsq40"):
    body = example("/instruments/{id}/scores", "application/json", name)
    instrument = {"phq9-norms": "phq9", "phq9-prorated": "phq9", "out-of-range": "phq9"}.get(name, name)
    add("score-" + name, f"POST /instruments/{instrument}/scores", "application/json", body)
add("score-phq9-risk-unanswered", "POST /instruments/phq9/scores", "application/json",
    {"responses": phq9_items(14, skip=("9",))})
add("score-phq9-risk-null", "POST /instruments/phq9/scores", "application/json",
    {"responses": dict(phq9_items(20), **{"9": None})})
add("score-phq9-too-few", "POST /instruments/phq9/scores", "application/json",
    {"responses": {"1": 1, "2": 2, "3": 0}})
add("score-who5", "POST /instruments/who5/scores", "application/json",
    {"responses": {"1": 3, "2": 2, "3": 4, "4": 1, "5": 3}})
add("score-gad7-norms", "POST /instruments/gad7/scores", "application/json",
    {"responses": {"1": 2, "2": 1, "3": 2, "4": 1, "5": 0, "6": 1, "7": 1},
     "norms": {"total": {"name": "clinic intake sample", "mean": 11.5, "sd": 5.1, "metric": "score"}}})
add("score-unknown-field", "POST /instruments/phq9/scores", "application/json", {"responses": {"1": 1}, "extra": 1})

# Batch.
add("batch-mixed", "POST /scores", "application/json", example("/scores", "application/json", "mixed"))

# Trends: the documented examples, PHQ-9 courses of 2, 10 and 100 administrations (full and summary), options.
for name in ("full-course", "own-measure", "score-out-of-range", "expected-response"):
    add("trend-" + name, "POST /trends", "application/json", example("/trends", "application/json", name))
    if name in ("full-course", "expected-response"):
        cases.append(("trend-" + name + "-summary", "POST /trends?detail=summary", "application/json",
                      "trend-" + name + ".json"))
for n in (2, 10, 100):
    add(f"trend-phq9-{n}", "POST /trends", "application/json", {"administrations": course(n, seed=n)})
    cases.append((f"trend-phq9-{n}-summary", "POST /trends?detail=summary", "application/json",
                  f"trend-phq9-{n}.json"))
add("trend-gad7-10", "POST /trends", "application/json",
    {"administrations": course(10, seed=70, instrument="gad7", scale_max=21, items=7, start_score=15)})
add("trend-phq9-10-risk-unanswered", "POST /trends", "application/json",
    {"administrations": course(10, seed=11, unanswered_risk_at=4)})
# Caller-supplied figures for the PHQ-9 total (made-up test figures, not clinical facts), so that every method and
# cut-off can be computed; without them a chosen method is a 422.
FIGURES = [{"id": "phq9", "scale": "total", "reliability": 0.84, "referenceMean": 17.0, "referenceSd": 5.5,
            "postReliability": 0.86, "postMean": 9.0, "postSd": 6.0, "prePostCorrelation": 0.5,
            "clinicalMean": 17.0, "clinicalSd": 5.5, "functionalMean": 3.5, "functionalSd": 3.5}]
add("trend-phq9-10-method-without-figures", "POST /trends", "application/json",
    {"administrations": course(10, seed=10), "options": {"method": "hageman-arrindell"}})
for method in ("jacobson-truax", "published-threshold", "gulliksen-lord-novick", "hsu-linn-lord",
               "edwards-nunnally", "nunnally-kotsch", "hageman-arrindell"):
    add(f"trend-phq9-10-{method}", "POST /trends", "application/json",
        {"administrations": course(10, seed=10), "measures": FIGURES, "options": {"method": method}})
for cutoff in ("a", "b", "c"):
    add(f"trend-phq9-10-cutoff-{cutoff}", "POST /trends", "application/json",
        {"administrations": course(10, seed=10), "measures": FIGURES, "options": {"cutoffType": cutoff}})
add("trend-phq9-10-options", "POST /trends", "application/json",
    {"administrations": course(10, seed=10),
     "options": {"criticalValue": 1.645, "suddenGainAbsoluteCutoff": 4, "suddenGainRelativeShare": 0.2,
                 "suddenGainStabilityTest": False, "suddenGainsFromFirstMeasurement": True}})
add("trend-phq9-100-scores", "POST /trends", "application/json",
    {"administrations": [dict({k: v for k, v in a.items() if k != "responses"},
                              scores={"total": sum(a["responses"].values())}) for a in course(100, seed=100)]})

# FHIR.
for name in ("loinc", "integers", "questionnaire", "out-of-range"):
    add("fhir-score-" + name, "POST /fhir/QuestionnaireResponse/$score", "application/fhir+json",
        example("/fhir/QuestionnaireResponse/$score", "application/fhir+json", name))
for name in ("course", "parameters", "mixed-subjects"):
    add("fhir-trend-" + name, "POST /fhir/$trend", "application/fhir+json",
        example("/fhir/$trend", "application/fhir+json", name))

# Bulk streams.
add("bulk-scores-mixed", "POST /bulk/scores", "application/x-ndjson",
    example("/bulk/scores", "application/x-ndjson", "mixed"))
add("bulk-trends-two-clients", "POST /bulk/trends", "application/x-ndjson",
    example("/bulk/trends", "application/x-ndjson", "two-clients"))
add("bulk-trends-ten-clients", "POST /bulk/trends", "application/x-ndjson",
    "".join(json.dumps({"administrations": course(12, seed=200 + c)}) + "\n" for c in range(10)))
add("bulk-cohorts-three-clients", "POST /bulk/cohorts", "application/x-ndjson",
    example("/bulk/cohorts", "application/x-ndjson", "three-clients"))

with open(os.path.join(OUT, "cases.tsv"), "w") as f:
    f.write("# name\tmethod and target\tcontent type\trequest file (under requests/); written by "
            "src/test/answers-requests.py\n")
    for case in cases:
        f.write("\t".join(case) + "\n")
