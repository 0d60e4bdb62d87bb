package org.measura.api;

import org.measura.catalog.JsonPointers;
import org.measura.cohorts.CohortFault;
import org.measura.cohorts.CohortFault.InBenchmark;
import org.measura.cohorts.CohortFault.InGroup;
import org.measura.cohorts.CohortFault.InMeasure;
import org.measura.cohorts.CohortFault.InPartial;

/** Where a cohort fault is, as a JSON Pointer (RFC 6901) into the plain-JSON cohort or merge request. */
public final class CohortPointers {

    private CohortPointers() {
    }

    /** The fault as a field error; cohort answers have never listed a fault's code, so it is left out. */
    public static FieldError fieldError(CohortFault fault) {
        return new FieldError(pointer(fault.where()), fault.reason());
    }

    /** The pointer of a location ("/partials/0/groups/1/measures/2/counts/finished", "/benchmarks/0/rate"). */
    public static String pointer(CohortFault.Where where) {
        if (where instanceof InPartial p) {
            return partial(p.partial()) + switch (p.field()) {
                case ENTRY -> "";
                case FORMAT -> "/format";
                case GROUPS -> "/groups";
            };
        }
        if (where instanceof InGroup g) {
            return group(g.partial(), g.group()) + switch (g.field()) {
                case ENTRY -> "";
                case CLIENTS -> "/clients";
                case UNANALYSED -> "/unanalysed";
                case FAULTS -> "/faults";
                case TALKING_THERAPIES -> "/talkingTherapies";
                case MEASURES -> "/measures";
            } + member(g.key());
        }
        if (where instanceof InMeasure m) {
            return group(m.partial(), m.group()) + "/measures/" + m.measure() + switch (m.field()) {
                case ENTRY -> "";
                case COUNTS -> "/counts";
                case SUMS -> "/sums";
                case METHODS -> "/methods";
            } + member(m.key());
        }
        if (where instanceof InBenchmark b) {
            return "/benchmarks/" + b.benchmark() + switch (b.field()) {
                case ENTRY -> "";
                case MEASURE -> "/measure";
                case OUTCOME -> "/outcome";
                case RATE -> "/rate";
                case N -> "/n";
            };
        }
        if (where instanceof CohortFault.Clients) {
            return "/clients";
        }
        if (where instanceof CohortFault.Partials) {
            return "/partials";
        }
        throw new IllegalStateException("no pointer for " + where);
    }

    private static String partial(int partial) {
        return "/partials/" + partial;
    }

    private static String group(int partial, int group) {
        return partial(partial) + "/groups/" + group;
    }

    /**
     * A member's name as a reference token ("/" written "~1", RFC 6901), shown only under the echo rule: a name in a
     * partial is the caller's.
     */
    private static String member(String key) {
        return key == null ? "" : "/" + JsonPointers.escape(key);
    }
}
