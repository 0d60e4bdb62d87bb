package org.measura.scoring;

/** A criterion (e.g. a provisional-diagnosis rule) and whether the answers meet it. */
public record CriterionResult(String id, String label, String meaning, CriterionStatus status) {
}
