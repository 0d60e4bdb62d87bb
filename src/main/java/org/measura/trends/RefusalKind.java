package org.measura.trends;

/**
 * What the faults that stopped a trend are: of form (the request cannot be read as it must be: a date that is no
 * date, a phase that names none) or of content (it can be read, but not analysed as sent: a negative session, a score
 * out of range, two scores for one session). A refusal is of one kind only: faults of form are answered before any of
 * content. Each adapter answers a kind with its own status: docs/api.md and docs/fhir.md (400 for form, 422 for content).
 */
public enum RefusalKind {
    FORM,
    CONTENT
}
