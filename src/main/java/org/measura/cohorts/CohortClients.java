package org.measura.cohorts;

import java.util.ArrayList;
import java.util.List;
import org.measura.fault.FaultCode;
import org.measura.trends.RefusalKind;
import org.measura.trends.TrendAnalysis;

/**
 * Use case step shared by the cohort operations: each client's course through the trend analysis POST /trends uses;
 * a client it refuses, or one not sent as an object, becomes a counted fault, never a dropped client.
 */
public final class CohortClients {

    private CohortClients() {
    }

    /**
     * A client as the adapter read it: its group label and its course as the trend analysis takes it; a client that
     * was not an object is passed as a null {@code ClientInput}.
     */
    public record ClientInput(String group, TrendAnalysis.Input course) {
    }

    /** The clients of one request, each analysed; fewer than one or more than the limit is a fault of form. */
    public static List<ClientCourse> courses(List<ClientInput> clients, TrendAnalysis analysis)
            throws CohortInputException {
        if (clients == null || clients.isEmpty()) {
            throw new CohortInputException(RefusalKind.FORM, List.of(new CohortFault(FaultCode.REQUIRED,
                    new CohortFault.Clients(), CohortTexts.AT_LEAST_ONE_CLIENT)));
        }
        if (clients.size() > CohortOutcomes.MAX_CLIENTS) {
            throw new CohortInputException(RefusalKind.FORM, List.of(new CohortFault(FaultCode.TOO_MANY,
                    new CohortFault.Clients(), CohortTexts.TOO_MANY_CLIENTS)));
        }
        List<ClientCourse> courses = new ArrayList<>(clients.size());
        for (ClientInput client : clients) {
            courses.add(course(client, analysis));
        }
        return courses;
    }

    /** One client's course analysed, or the fault that kept it out. */
    public static ClientCourse course(ClientInput client, TrendAnalysis analysis) {
        if (client == null) {
            return ClientCourse.failed(null, new ClientFault.NotAnObject());
        }
        return ClientCourse.of(client.group(), analysis.analyse(client.course()));
    }
}
