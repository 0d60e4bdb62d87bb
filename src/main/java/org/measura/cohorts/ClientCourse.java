package org.measura.cohorts;

import org.measura.trends.TrendAnalysis;
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

    /** The client as the trend analysis of its course left it: analysed, or refused with the analysis's faults. */
    public static ClientCourse of(String group, TrendAnalysis.Result result) {
        return result.ok() ? analysed(group, result.report())
                : failed(group, new ClientFault.Refused(result.kind(), result.faults()));
    }
}
