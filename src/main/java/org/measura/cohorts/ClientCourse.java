package org.measura.cohorts;

import java.util.List;
import org.measura.trends.TrendReport;

/**
 * One client of a cohort as the trend analysis left it: the report of its course, or the fault that kept the course
 * from being analysed (such a client is counted with its fault, never dropped). {@code group} is the caller's label
 * (site, therapist, treatment arm), absent when the client belongs to no group.
 */
public record ClientCourse(String group, TrendReport report, ClientFault fault) {

    public ClientCourse {
        if ((report == null) == (fault == null)) {
            throw new IllegalArgumentException("a client course holds either a report or a fault");
        }
    }

    public static ClientCourse analysed(String group, TrendReport report) {
        return new ClientCourse(group, report, null);
    }

    public static ClientCourse failed(String group, ClientFault fault) {
        return new ClientCourse(group, null, fault);
    }

    /**
     * Why a course could not be analysed: {@code kind} a short stable name of the kind of fault (the partial counts
     * clients by it), {@code reasons} each offending field with its reason, as the single-client answer gives them.
     */
    public record ClientFault(String kind, List<String> reasons) {
        public ClientFault {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }
}
