package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Follow-up metrics of docs/reference/change-methods.md §13 for a client with a termination and follow-up
 * administrations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUp(
        PointRef termination,
        String method,
        List<FollowUpPoint> followUps,
        List<Classification> classifications,
        PostTerminationSlope postTerminationSlope) {
}
