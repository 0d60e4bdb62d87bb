package org.measura.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.measura.cohorts.Benchmark;
import org.measura.cohorts.ClientCourse;
import org.measura.cohorts.CohortInputException;
import org.measura.cohorts.CohortOutcomes;
import org.measura.cohorts.CohortPartial;
import org.measura.cohorts.CohortReport;
import org.measura.cohorts.ExpectedResponses;

/**
 * Adapter for the cohort operations: each client's course goes through the trend analysis POST /trends uses, a
 * client it refuses becomes a counted fault, and the core's located faults become a problem.
 */
@ApplicationScoped
public class CohortService {

    private final TrendService trends;
    private final int minimumClients;

    CohortService(TrendService trends,
            @ConfigProperty(name = "measura.cohorts.expected-response.minimum-clients") int minimumClients) {
        this.trends = trends;
        this.minimumClients = minimumClients;
    }

    /** Expected-response curves from a cohort's courses; a client that cannot be analysed is counted by its fault. */
    public ExpectedResponses.Report expectedResponse(CohortRequest request) {
        List<ClientCourse> courses = clients(request);
        return ExpectedResponses.derive(courses, minimumClients);
    }

    private List<ClientCourse> clients(CohortRequest request) {
        if (request == null || request.clients() == null || request.clients().isEmpty()) {
            throw ProblemType.INVALID_REQUEST.exception("1 field is invalid; see errors.",
                    List.of(new FieldError("/clients", "is required: at least one client")));
        }
        if (request.clients().size() > CohortRequest.MAX_CLIENTS) {
            throw ProblemType.INVALID_REQUEST.exception("1 field is invalid; see errors.",
                    List.of(new FieldError("/clients", "holds more than " + CohortRequest.MAX_CLIENTS
                            + " clients; send larger cohorts to POST /bulk/cohorts")));
        }
        List<ClientCourse> courses = new ArrayList<>();
        for (int i = 0; i < request.clients().size(); i++) {
            courses.add(course(request.clients().get(i), "/clients/" + i));
        }
        return courses;
    }

    public CohortReport outcomes(CohortRequest request) {
        List<ClientCourse> courses = clients(request);
        List<Benchmark> benchmarks = benchmarks(request.benchmarks());
        CohortOutcomes.Accumulator accumulator = new CohortOutcomes.Accumulator();
        for (int i = 0; i < courses.size(); i++) {
            accumulator.add(i, courses.get(i));
        }
        return report(accumulator, benchmarks);
    }

    /** One client's course analysed, or its fault with pointers under {@code at}. */
    public ClientCourse course(CohortRequest.Client client, String at) {
        if (client == null) {
            return ClientCourse.failed(null, new ClientCourse.ClientFault("invalid-request",
                    List.of(at + ": must be an object")));
        }
        try {
            return ClientCourse.analysed(client.group(), trends.analyse(client.trendRequest()));
        } catch (ProblemException e) {
            return ClientCourse.failed(client.group(), fault(e.problem(), at));
        }
    }

    public static ClientCourse.ClientFault fault(Problem problem, String at) {
        String kind = problem.type().substring(problem.type().lastIndexOf('/') + 1);
        List<String> reasons = new ArrayList<>();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            reasons.add(at + ": " + problem.detail());
        } else {
            problem.errors().forEach(e -> reasons.add(at + e.pointer() + ": " + e.reason()
                    + (e.related().isEmpty() ? "" : " (with " + String.join(", ",
                            e.related().stream().map(r -> at + r).toList()) + ")")));
        }
        return new ClientCourse.ClientFault(kind, reasons);
    }

    public CohortReport report(CohortOutcomes.Accumulator accumulator, List<Benchmark> benchmarks) {
        try {
            return accumulator.report(benchmarks);
        } catch (CohortInputException e) {
            throw problem(e);
        }
    }

    public CohortReport merge(CohortMergeRequest request) {
        if (request == null) {
            throw ProblemType.INVALID_REQUEST.exception("The body must be a JSON object with a `partials` array.");
        }
        List<Benchmark> benchmarks = benchmarks(request.benchmarks());
        List<CohortPartial> partials = request.partials();
        try {
            return CohortOutcomes.merge(partials, benchmarks);
        } catch (CohortInputException e) {
            throw problem(e);
        }
    }

    /** Benchmarks as the core takes them; an unknown outcome or a missing rate is a 422 naming the field. */
    public static List<Benchmark> benchmarks(List<CohortRequest.BenchmarkEntry> entries) {
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
        return ProblemType.INVALID_COHORT_REQUEST.exception(ProblemType.fieldCount(errors), errors);
    }
}
