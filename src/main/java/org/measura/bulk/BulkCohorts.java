package org.measura.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.measura.cohorts.CheckedBenchmarks;
import org.measura.cohorts.ClientCourse;
import org.measura.cohorts.ClientFault;
import org.measura.cohorts.ClientFaultKind;
import org.measura.cohorts.CohortOutcomes;
import org.measura.api.CohortRequest;
import org.measura.api.CohortService;
import org.measura.api.Problem;

/**
 * POST /bulk/cohorts: each line one client as in POST /cohorts/outcomes; the answer, once at the end of the stream,
 * is the cohort's. Memory holds one line and the exact tallies (and at most {@link CohortOutcomes#MAX_LISTED_FAULTS}
 * listed faults), whatever the stream's length. A line that cannot be read or analysed is a counted client with its
 * fault, named by its line number.
 */
@ApplicationScoped
public class BulkCohorts {

    private static final Logger LOG = Logger.getLogger(BulkCohorts.class);

    private final CohortService cohorts;
    private final ObjectReader reader;
    private final ObjectMapper mapper;
    private final int maxLineLength;

    BulkCohorts(CohortService cohorts, ObjectMapper mapper,
            @ConfigProperty(name = "measura.bulk.max-line-length") MemorySize maxLineLength) {
        this.cohorts = cohorts;
        this.mapper = mapper;
        this.reader = mapper.readerFor(CohortRequest.Client.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxLineLength = (int) Math.min(Integer.MAX_VALUE - 8, maxLineLength.asLongValue());
    }

    void stream(InputStream in, OutputStream out) {
        CohortOutcomes.Accumulator accumulator = new CohortOutcomes.Accumulator(
                (line, fault) -> CohortService.reasons("line " + line, fault));
        NdjsonLines lines = new NdjsonLines(in, maxLineLength, () -> { });
        try {
            NdjsonLines.Line line;
            while ((line = lines.next()) != null) {
                if (line.blank() && !line.tooLong()) {
                    continue;
                }
                accumulator.add(Math.toIntExact(Math.min(line.number(), Integer.MAX_VALUE)), client(line));
            }
            out.write(mapper.writeValueAsBytes(cohorts.report(accumulator, CheckedBenchmarks.NONE)));
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            LOG.infof("A bulk cohort stream ended early: the connection failed (%s)", e.getClass().getSimpleName());
        }
    }

    private ClientCourse client(NdjsonLines.Line line) {
        String at = "line " + line.number();
        if (line.tooLong()) {
            return unread(ClientFaultKind.LINE_TOO_LONG, at, "The line is longer than the limit of " + maxLineLength
                    + " bytes (measura.bulk.max-line-length) and was skipped.");
        }
        try {
            CohortRequest.Client client = reader.readValue(line.text(), 0, line.length());
            if (client == null) {
                return unread(ClientFaultKind.INVALID_REQUEST, at, "The line must be a JSON object with an "
                        + "`administrations` array.");
            }
            return cohorts.course(client);
        } catch (JsonProcessingException e) {
            return unread(LineProblems.kind(e), LineProblems.of(e), at);
        } catch (IOException | RuntimeException e) {
            // Only the exception class is logged: messages may contain submitted data.
            LOG.errorf("Unexpected %s while reading a bulk cohort line", e.getClass().getName());
            return unread(ClientFaultKind.INTERNAL_ERROR, at, "The service could not read this line.");
        }
    }

    private static ClientCourse unread(ClientFaultKind kind, String at, String detail) {
        return ClientCourse.failed(null, new ClientFault.Unread(kind, List.of(at + ": " + detail)));
    }

    /** A line that could not be read as a client, its problem's reasons placed under the line. */
    private static ClientCourse unread(ClientFaultKind kind, Problem problem, String at) {
        List<String> reasons = problem.errors() == null || problem.errors().isEmpty()
                ? List.of(at + ": " + problem.detail())
                : problem.errors().stream().map(e -> CohortService.reason(at, e)).toList();
        return ClientCourse.failed(null, new ClientFault.Unread(kind, reasons));
    }
}
