#!/usr/bin/env bash
# The training workload for the JVM's AOT cache (JEP 483/514/515, Java 25): waits until the service at BASE (first
# argument, e.g. http://127.0.0.1:8080) is ready, then sends what a first day of traffic sends: scores of every
# built-in instrument's worked example, a batch, a trend, a FHIR $score, a chart and a short bulk stream. Used by the
# Dockerfile's training stage and by bench/startup.sh (AOT=1). Needs curl; authentication must be off, and the FHIR
# base (measura.fhir.base-url) https://measura.example/fhir, the one the QuestionnaireResponse below names.
set -euo pipefail
BASE=${1:?usage: aot-train.sh BASE_URL}
JSON='Content-Type: application/json'
PHQ9='{"responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}}'
GAD7='{"responses": {"1": 1, "2": 1, "3": 0, "4": 1, "5": 0, "6": 1, "7": 0}}'

deadline=$((SECONDS + 180))
until curl -fs -o /dev/null "$BASE/q/health/ready"; do
  [ $SECONDS -lt $deadline ] || { echo "aot-train: the service was not ready within 180 s" >&2; exit 1; }
  sleep 0.2
done

post() { curl -s -o /dev/null -X POST -H "${3:-$JSON}" --data-binary "$2" "$BASE$1"; }

for _ in $(seq 20); do
  post /instruments/phq9/scores "$PHQ9"
  post /instruments/gad7/scores "$GAD7"
done
curl -s -o /dev/null "$BASE/instruments"
curl -s -o /dev/null "$BASE/instruments/phq9"
post /scores '{"administrations": [{"instrument": "phq9", "responses": {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 1, "8": 1, "9": 0}}]}'
TREND='{"administrations": [
  {"instrument": "phq9", "date": "2026-01-05", "phase": "baseline", "scores": {"total": 18}},
  {"instrument": "phq9", "date": "2026-02-02", "scores": {"total": 12}},
  {"instrument": "phq9", "date": "2026-03-02", "phase": "termination", "scores": {"total": 6}}]}'
for _ in $(seq 10); do post /trends "$TREND"; done
for accept in image/png image/svg+xml; do
  curl -s -o /dev/null -X POST -H "$JSON" -H "Accept: $accept" --data-binary "$TREND" "$BASE/trends/chart"
done
post '/fhir/QuestionnaireResponse/$score' '{"resourceType": "QuestionnaireResponse", "status": "completed",
  "questionnaire": "https://measura.example/fhir/Questionnaire/phq9", "item": [
  {"linkId": "1", "answer": [{"valueInteger": 2}]}, {"linkId": "2", "answer": [{"valueInteger": 2}]},
  {"linkId": "3", "answer": [{"valueInteger": 1}]}, {"linkId": "4", "answer": [{"valueInteger": 2}]},
  {"linkId": "5", "answer": [{"valueInteger": 1}]}, {"linkId": "6", "answer": [{"valueInteger": 1}]},
  {"linkId": "7", "answer": [{"valueInteger": 2}]}, {"linkId": "8", "answer": [{"valueInteger": 0}]},
  {"linkId": "9", "answer": [{"valueInteger": 1}]}]}' 'Content-Type: application/fhir+json'
printf '%s\n%s\n' '{"instrument": "phq9", "responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}}' \
  '{"instrument": "gad7", "responses": {"1": 1, "2": 1, "3": 0, "4": 1, "5": 0, "6": 1, "7": 0}}' \
  | curl -s -o /dev/null -T - -X POST -H 'Content-Type: application/x-ndjson' "$BASE/bulk/scores"
echo "aot-train: workload sent"
