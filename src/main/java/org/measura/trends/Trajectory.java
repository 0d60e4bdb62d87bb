package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Course over the whole series: ordinary least-squares and Theil–Sen slopes in score points per week (time = days
 * since the first point / 7), with the number of points and weeks spanned. Slopes are absent with fewer than two
 * distinct dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trajectory(int n, Double leastSquaresSlopePerWeek, Double theilSenSlopePerWeek, Double weeksSpanned,
        String explanation) {
}
