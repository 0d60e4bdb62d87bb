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
import org.measura.cohorts.ClientCourse;
import org.measura.cohorts.CohortOutcomes;
import org.measura.api.CohortRequest;
import org.measura.api.CohortService;
import org.measura.api.Problem;
import org.measura.api.ProblemType;

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
        CohortOutcomes.Accumulator accumulator = new CohortOutcomes.Accumulator();
        NdjsonLines lines = new NdjsonLines(in, maxLineLength, () -> { });
        try {
            NdjsonLines.Line line;
            while ((line = lines.next()) != null) {
                if (line.blank() && !line.tooLong()) {
                    continue;
                }
                accumulator.add(Math.toIntExact(Math.min(line.number(), Integer.MAX_VALUE)), client(line));
            }
            out.write(mapper.writeValueAsBytes(cohorts.report(accumulator, List.of())));
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            LOG.infof("A bulk cohort stream ended early: the connection failed (%s)", e.getClass().getSimpleName());
        }
    }

    private ClientCourse client(NdjsonLines.Line line) {
        String at = "line " + line.number();
        if (line.tooLong()) {
            return fault(ProblemType.LINE_TOO_LONG.problem("The line is longer than the limit of " + maxLineLength
                    + " bytes (measura.bulk.max-line-length) and was skipped."), at);
        }
        try {
            CohortRequest.Client client = reader.readValue(line.text(), 0, line.length());
            if (client == null) {
                return fault(ProblemType.INVALID_REQUEST.problem("The line must be a JSON object with an "
                        + "`administrations` array."), at);
            }
            return cohorts.course(client, at);
        } catch (JsonProcessingException e) {
            return fault(LineProblems.of(e), at);
        } catch (IOException | RuntimeException e) {
            // Only the exception class is logged: messages may contain submitted data.
            LOG.errorf("Unexpected %s while reading a bulk cohort line", e.getClass().getName());
            return fault(ProblemType.INTERNAL.problem("The service could not read this line."), at);
        }
    }

    private static ClientCourse fault(Problem problem, String at) {
        return ClientCourse.failed(null, CohortService.fault(problem, at));
    }
}
