package org.measura.scoring;

import java.util.List;

/**
 * A risk flag with items the client did not answer: what those items ask about was not assessed.
 *
 * @param flag      the flag's id
 * @param label     the flag's label
 * @param items     the flag's items that were not answered, in the definition's order
 * @param fired     whether the flag fired all the same, on the items that were answered
 * @param statement what a clinician reads (see {@link RiskStatements})
 */
public record UnassessedRisk(String flag, String label, List<String> items, boolean fired, String statement) {
}
