package org.measura.cohorts;

import org.measura.fault.FaultCode;

/**
 * A located fault in a cohort request: {@code code} what is wrong, {@code where} the part of the request it is about,
 * {@code reason} the wording only. Adapters write {@code where} in their own terms (api.CohortPointers: a JSON Pointer).
 */
public record CohortFault(FaultCode code, Where where, String reason) {

    /** The part of a cohort request a fault is about. */
    public sealed interface Where permits Clients, Partials, InPartial, InGroup, InMeasure, InBenchmark {
    }

    /** The list of clients. */
    public record Clients() implements Where {
    }

    /** The list of partials to merge. */
    public record Partials() implements Where {
    }

    /** A partial, or one of its fields. */
    public record InPartial(int partial, PartialField field) implements Where {
    }

    /**
     * A group of a partial, one of its fields, or (with {@code key}, the member's name as sent) one member of a field
     * that maps names to counts.
     */
    public record InGroup(int partial, int group, GroupField field, String key) implements Where {
    }

    /** A measure of a group of a partial, one of its fields, or (with {@code key}) one member of such a field. */
    public record InMeasure(int partial, int group, int measure, MeasureField field, String key) implements Where {
    }

    /** A benchmark, or one of its fields. */
    public record InBenchmark(int benchmark, BenchmarkField field) implements Where {
    }

    public enum PartialField { ENTRY, FORMAT, GROUPS }

    public enum GroupField { ENTRY, CLIENTS, UNANALYSED, FAULTS, TALKING_THERAPIES, MEASURES }

    public enum MeasureField { ENTRY, COUNTS, SUMS, METHODS }

    public enum BenchmarkField { ENTRY, MEASURE, OUTCOME, RATE, N }
}
