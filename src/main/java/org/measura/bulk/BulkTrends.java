package org.measura.bulk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.measura.api.Problem;
import org.measura.api.ProblemType;
import org.measura.api.TrendRequest;
import org.measura.api.TrendService;

/** POST /bulk/trends: each line one client's trend request as in POST /trends, answered as that request would be. */
@ApplicationScoped
public class BulkTrends implements BulkStream.Answerer {

    private final TrendService trends;
    private final ObjectReader reader;
    private final ObjectMapper mapper;
    private final int maxLineLength;

    BulkTrends(TrendService trends, ObjectMapper mapper,
            @ConfigProperty(name = "measura.bulk.max-line-length") MemorySize maxLineLength) {
        this.trends = trends;
        this.mapper = mapper;
        this.reader = mapper.readerFor(TrendRequest.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxLineLength = (int) Math.min(Integer.MAX_VALUE - 8, maxLineLength.asLongValue());
    }

    void stream(InputStream in, OutputStream out, BulkShutdown shutdown) {
        BulkStream.run(in, out, maxLineLength, mapper.writerFor(TrendLine.class), this, shutdown::due,
                shutdown.drain());
    }

    @Override
    public Object answer(long number, byte[] text, int length) throws IOException {
        TrendRequest request = reader.readValue(text, 0, length);
        if (request == null) {
            return problem(number, ProblemType.INVALID_REQUEST.problem(
                    "The line must be a JSON object with an `administrations` array."));
        }
        return new TrendLine(number, trends.analyse(request), null);
    }

    @Override
    public Object problem(long number, Problem problem) {
        return new TrendLine(number, null, problem);
    }
}
