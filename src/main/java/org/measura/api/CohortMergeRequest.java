package org.measura.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.measura.cohorts.CohortPartial;

/** POST /cohorts/merge: partials of disjoint sets of clients, as cohort answers give them. */
@Schema(name = "CohortMergeRequest")
public record CohortMergeRequest(
        @Schema(required = true, description = "Partials exactly as cohort answers give them (`partial`)")
        List<CohortPartial> partials,
        List<CohortRequest.BenchmarkEntry> benchmarks) {
}
