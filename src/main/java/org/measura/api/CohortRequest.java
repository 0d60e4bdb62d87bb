package org.measura.api;

import java.util.List;
import org.measura.cohorts.CohortOutcomes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /cohorts/outcomes: clients' courses, each shaped as the body of POST /trends with an optional group. */
@Schema(name = "CohortRequest")
public record CohortRequest(
        @Schema(required = true, maxItems = CohortRequest.MAX_CLIENTS, description = "Each client's course, as the "
                + "body of POST /trends, with an optional `group` label (site, therapist, treatment arm)")
        List<Client> clients,
        @Schema(description = "Rates to set the cohort's against (a published or local figure, with its n and source "
                + "when known)") List<BenchmarkEntry> benchmarks) {

    public static final int MAX_CLIENTS = CohortOutcomes.MAX_CLIENTS;

    @Schema(name = "CohortClient", description = "One client's course: the body of POST /trends and a group label")
    public record Client(
            @Schema(description = "Group label such as a site, therapist or treatment arm", example = "site-a")
            String group,
            @Schema(required = true, maxItems = TrendRequest.MAX_ADMINISTRATIONS)
            List<TrendRequest.Administration> administrations,
            @Schema(maxItems = TrendRequest.MAX_MEASURES) List<TrendRequest.Measure> measures,
            TrendRequest.Options options) {

        TrendRequest trendRequest() {
            return new TrendRequest(administrations, measures, options);
        }
    }

    @Schema(name = "CohortBenchmark", description = "A rate to set the cohort's against")
    public record BenchmarkEntry(
            @Schema(required = true, description = "instrument/scale, or nhs-talking-therapies for the paired PHQ-9 "
                    + "and GAD-7 outcomes", example = "phq9/total") String measure,
            @Schema(required = true, enumeration = {"reliable-improvement", "no-reliable-change",
                    "reliable-deterioration", "recovery", "reliable-recovery"}) String outcome,
            @Schema(required = true, description = "The benchmark rate, a proportion from 0 to 1", example = "0.5")
            Double rate,
            @Schema(description = "The number of clients the benchmark rate rests on; with it, the benchmark's own "
                    + "Wilson interval is compared") Long n,
            @Schema(description = "Where the benchmark comes from") String source) {
    }
}
