package org.measura.scoring;

/**
 * A criterion (e.g. a provisional-diagnosis rule): {@code met}, {@code not-met}, or {@code undetermined} when
 * unanswered items could still decide it.
 */
public record CriterionResult(String id, String label, String meaning, String status) {
}
