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
import org.measura.api.AdministrationRequest;
import org.measura.api.Problem;
import org.measura.api.ScoringService;

/** POST /bulk/scores: each line an administration as in POST /scores, answered as that entry would be. */
@ApplicationScoped
public class BulkScoring implements BulkStream.Answerer {

    private final ScoringService scoring;
    private final ObjectReader reader;
    private final ObjectMapper mapper;
    private final int maxLineLength;

    BulkScoring(ScoringService scoring, ObjectMapper mapper,
            @ConfigProperty(name = "measura.bulk.max-line-length") MemorySize maxLineLength) {
        this.scoring = scoring;
        this.mapper = mapper;
        this.reader = mapper.readerFor(AdministrationRequest.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxLineLength = (int) Math.min(Integer.MAX_VALUE - 8, maxLineLength.asLongValue());
    }

    void stream(InputStream in, OutputStream out, BulkShutdown shutdown) {
        BulkStream.run(in, out, maxLineLength, mapper.writerFor(ScoreLine.class), this, shutdown::due,
                shutdown.drain());
    }

    @Override
    public Object answer(long number, byte[] text, int length) throws IOException {
        AdministrationRequest request = reader.readValue(text, 0, length);
        return new ScoreLine(number, scoring.scoreEntry(request, ""), null);
    }

    @Override
    public Object problem(long number, Problem problem) {
        return new ScoreLine(number, null, problem);
    }
}
