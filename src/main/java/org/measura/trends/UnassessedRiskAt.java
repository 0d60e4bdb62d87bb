package org.measura.trends;

import java.util.List;

/**
 * A risk flag with unanswered items at one administration of a course: what those items ask about was not assessed
 * on that date.
 *
 * @param administration the administration's index in the request
 */
public record UnassessedRiskAt(int administration, String date, String instrument, String flag, List<String> items,
        boolean fired, String statement) {
}
