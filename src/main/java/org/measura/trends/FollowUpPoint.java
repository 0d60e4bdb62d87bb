package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One follow-up F_k judged against termination E (docs/reference/change-methods.md §13): reliable change E→F_k,
 * whether the client is recovered at F_k (baseline→F_k category), and the classifications maintained, relapse and
 * post-termination gain.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpPoint(
        PointRef point,
        long daysSinceTermination,
        ReliableChangeResult changeSinceTermination,
        Category categoryFromBaseline,
        List<Classification> classifications) {
}
