package org.measura.fhir.web;

/**
 * The $trend operation's description in the OpenAPI document. Its examples are large and live in
 * META-INF/openapi.yaml (components/examples, fhir-trend-*); FhirExamplesTest sends each request example and expects
 * the response example of the same name.
 */
final class FhirTrendDocs {
    private FhirTrendDocs() {
    }

    static final String DESCRIPTION = """
            Analyses one client's course of questionnaires with the same trend engine as POST /trends and answers \
            a Bundle of type collection.

            **Body**: a Bundle (any type: collection, searchset, transaction) of one client's \
            QuestionnaireResponses and/or earlier score Observations; or a Parameters resource with the parts \
            `bundle` (resource, required), `method` (valueCode: jacobson-truax, published-threshold, \
            gulliksen-lord-novick, hsu-linn-lord, edwards-nunnally, nunnally-kotsch, hageman-arrindell), \
            `criticalValue` (valueDecimal), `cutoffType` (valueCode a, b or c), and `measure` (repeatable; parts \
            `instrument`, `scale` (default total), and any of reliability, referenceMean, referenceSd, \
            postReliability, postMean, postSd, prePostCorrelation, clinicalMean, clinicalSd, functionalMean, \
            functionalSd, cutoff, reliableChangeThreshold (valueDecimal), cutoffComparison (valueCode) and \
            reliableChangeInclusive (valueBoolean)), which overrides a built-in scale's figures for this request \
            as `measures` does on POST /trends. At most 500 entries, each with its resource inline: no URL found in \
            the input is ever fetched.

            **Entries**: a QuestionnaireResponse is scored exactly as $score scores it (instrument, items, values, \
            totals, status). An Observation whose code is a scale's LOINC code (44261-6) or our own scale code \
            ({base-url}/CodeSystem/scales, phq9-total; where both are given they must agree) is read back: \
            valueInteger, or valueQuantity without a unit or in {score}, within the scale's range; the date from \
            effectiveDateTime, effectiveInstant or effectivePeriod (its end, else its start); status final, amended \
            or corrected (preliminary, registered and unknown are used with a warning). The calendar date as \
            written is used, and must be a full date. Left out, each with a note in the OperationOutcome: \
            responses and Observations entered in error (or cancelled), a score Observation derived from a \
            QuestionnaireResponse in the same Bundle (the response is scored instead), the flag, criterion, change \
            and classification Observations this service writes, and other resource types.

            **Phase and session** come from two extensions of our own on the QuestionnaireResponse or Observation: \
            {base-url}/StructureDefinition/phase (valueCode baseline, treatment, termination or follow-up) \
            and {base-url}/StructureDefinition/session (valueInteger, 0 or more; gaps are missed sessions). \
            Without them the engine's defaults apply: the earliest administration is the baseline, and there is no \
            termination or follow-up. The Observations written carry both extensions over.

            **Subject**: every entry must name the same subject (the same reference, or the same identifier); \
            entries of more than one client are a 422.

            **Answer**, in this order:
            - the score Observations in date order, as $score writes them (with the flags and criteria of the \
            responses scored), each with a urn:uuid fullUrl;
            - one change Observation per comparison (baseline to latest, baseline to termination, termination to \
            each follow-up, previous to latest): code LOINC 89253-9 Trend and {base-url}/CodeSystem/trend \
            (baseline-to-latest, ...); effectivePeriod from the earlier to the later time point; derivedFrom both \
            score Observations (by fullUrl); valueCodeableConcept the clinical-significance category \
            ({base-url}/CodeSystem/clinical-significance: recovered, improved, unchanged, deteriorated, \
            harmed; a dataAbsentReason when it cannot be judged); interpretation, for a reliable change only, the \
            v3 ObservationInterpretation change codes B (better) or W (worse) and U or D (significant change up or \
            down), direction-aware: on a lower-is-better scale such as the PHQ-9 a reliable fall is B and D; \
            components ({base-url}/CodeSystem/trend) scale, raw-change, percent-change, \
            reliable-change-method ({base-url}/CodeSystem/reliable-change-methods, with the reason it was \
            chosen as text), reliable-change-index and critical-value (for methods with an index), \
            reliable-change-threshold, reliable-change ({base-url}/CodeSystem/reliable-change-status), and \
            for the PHQ-9 phq9-response and phq9-remission; the engine's sentences as notes;
            - with a termination and follow-ups: one follow-up Observation per follow-up (maintained, relapse, \
            reliable-improvement-since-termination, days-since-termination, category-from-baseline) and a follow-up-summary \
            (recovered-at-termination, durable-recovery, post-termination-gain, the post-termination slope);
            - with PHQ-9 and GAD-7 totals: the NHS Talking Therapies paired outcome, one component per class \
            (caseness-at-start, recovery, reliable-improvement, reliable-deterioration, reliable-recovery, \
            no-reliable-change);
            - last, an OperationOutcome: a summary; warnings from scoring the responses and about entries left \
            out; and for each scale the engine's summary, reliable-change method choice, cut-off derivation, \
            notes, trajectory and sudden gains.

            Without the figures Jacobson–Truax needs (the PHQ-9 definition has no reference SD), the scale's \
            published threshold is used and the answer says so; a `measure` part can supply the figures.

            **Errors** are OperationOutcomes with the statuses POST /trends uses: 400 for the form (not a Bundle or \
            Parameters, an empty Bundle, more than 500 entries, an entry without a resource, a missing or partial \
            date, a malformed phase or session extension, an unknown option) and 422 for the content (entries of \
            different subjects, an unknown instrument or code, a value off the scale, unmatched items, two scores \
            on one date and session, two terminations, a chosen method without its figures). The expression \
            locates the entry (Bundle.entry[3].resource...); values sent are never echoed.""";
}
