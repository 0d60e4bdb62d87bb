package org.measura.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.measura.cohorts.CheckedBenchmarks;
import org.measura.cohorts.ClientCourse;
import org.measura.cohorts.ClientFault;
import org.measura.cohorts.ClientFaultTexts;
import org.measura.cohorts.CohortClients;
import org.measura.cohorts.CohortInputException;
import org.measura.cohorts.CohortOutcomes;
import org.measura.cohorts.CohortPartial;
import org.measura.cohorts.CohortReport;
import org.measura.cohorts.ExpectedResponses;
import org.measura.trends.TrendAnalysis;

/**
 * Adapter for the cohort operations: maps each client into the core's cohort use cases ({@link CohortClients},
 * {@link CohortOutcomes}, {@link ExpectedResponses}), words an unanalysed client's fault with pointers into the
 * request, and turns the core's located faults into a problem.
 */
@ApplicationScoped
public class CohortService {

    private final TrendAnalysis analysis;
    private final int minimumClients;

    CohortService(TrendService trends,
            @ConfigProperty(name = "measura.cohorts.expected-response.minimum-clients") int minimumClients) {
        this.analysis = trends.analysis();
        this.minimumClients = minimumClients;
    }

    /** Expected-response curves from a cohort's courses; a client that cannot be analysed is counted by its fault. */
    public ExpectedResponses.Report expectedResponse(CohortRequest request) {
        return ExpectedResponses.derive(clients(request), minimumClients);
    }

    public CohortReport outcomes(CohortRequest request) {
        List<ClientCourse> courses = clients(request);
        CheckedBenchmarks benchmarks = benchmarks(request.benchmarks());
        CohortOutcomes.Accumulator accumulator = new CohortOutcomes.Accumulator(CohortService::requestReasons);
        for (int i = 0; i < courses.size(); i++) {
            accumulator.add(i, courses.get(i));
        }
        return report(accumulator, benchmarks);
    }

    private List<ClientCourse> clients(CohortRequest request) {
        List<CohortClients.ClientInput> clients = request == null || request.clients() == null ? null
                : request.clients().stream().map(CohortService::input).toList();
        try {
            return CohortClients.courses(clients, analysis);
        } catch (CohortInputException e) {
            throw problem(e);
        }
    }

    /** One client's course analysed, or the fault that kept it out. */
    public ClientCourse course(CohortRequest.Client client) {
        return CohortClients.course(input(client), analysis);
    }

    private static CohortClients.ClientInput input(CohortRequest.Client client) {
        return client == null ? null
                : new CohortClients.ClientInput(client.group(), TrendService.input(client.trendRequest()));
    }

    /** An unanalysed client's reasons as POST /cohorts/outcomes lists them, under /clients/{index}. */
    static List<String> requestReasons(int client, ClientFault fault) {
        return reasons("/clients/" + client, fault);
    }

    /**
     * The reasons of a fault, each led by where it is: {@code at} followed by the JSON Pointer of the field within
     * the client ("/clients/3/administrations/0/date: ..."), and the fields it involves besides.
     */
    public static List<String> reasons(String at, ClientFault fault) {
        if (fault instanceof ClientFault.Refused refused) {
            return refused.faults().stream().map(r -> reason(at, TrendService.pointerFor(r))).toList();
        }
        if (fault instanceof ClientFault.ContradictingDirection conflict) {
            return List.of(ClientFaultTexts.contradictingDirection(conflict));
        }
        if (fault instanceof ClientFault.Unread unread) {
            return unread.reasons();
        }
        return List.of(at + ": " + ClientFaultTexts.NOT_AN_OBJECT); // the one kind left: ClientFault.NotAnObject
    }
    /** One field's reason led by its place: {@code at} followed by the field's pointer within the client. */
    public static String reason(String at, FieldError error) {
        return at + error.pointer() + ": " + error.reason() + (error.related().isEmpty() ? ""
                : " (with " + String.join(", ", error.related().stream().map(r -> at + r).toList()) + ")");
    }

    public CohortReport report(CohortOutcomes.Accumulator accumulator, CheckedBenchmarks benchmarks) {
        return accumulator.report(benchmarks);
    }

    public CohortReport merge(CohortMergeRequest request) {
        if (request == null) {
            throw ProblemType.INVALID_REQUEST.exception("The body must be a JSON object with a `partials` array.");
        }
        CheckedBenchmarks benchmarks = benchmarks(request.benchmarks());
        List<CohortPartial> partials = request.partials();
        try {
            return CohortOutcomes.merge(partials, benchmarks);
        } catch (CohortInputException e) {
            throw problem(e);
        }
    }

    /** Benchmarks as the core takes them; an unknown outcome or a missing rate is a 422 naming the field. */
    public static CheckedBenchmarks benchmarks(List<CohortRequest.BenchmarkEntry> entries) {
        List<CohortOutcomes.BenchmarkInput> sent = entries == null ? null : entries.stream()
                .map(b -> b == null ? null
                        : new CohortOutcomes.BenchmarkInput(b.measure(), b.outcome(), b.rate(), b.n(), b.source()))
                .toList();
        try {
            return CohortOutcomes.benchmarks(sent);
        } catch (CohortInputException e) {
            throw problem(e);
        }
    }

    private static ProblemException problem(CohortInputException e) {
        List<FieldError> errors = e.faults().stream().map(CohortPointers::fieldError).toList();
        ProblemType type = switch (e.kind()) {
            case FORM -> ProblemType.INVALID_REQUEST;
            case CONTENT -> ProblemType.INVALID_COHORT_REQUEST;
        };
        return type.exception(ProblemType.fieldCount(errors), errors);
    }
}
