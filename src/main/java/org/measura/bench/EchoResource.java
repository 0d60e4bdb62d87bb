package org.measura.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.measura.api.ProblemType;
import org.measura.api.ScoreRequest;
import org.measura.api.ScoringService;
import org.measura.api.TrendRequest;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.Administration;
import org.measura.scoring.ScoreResult;

/**
 * The benchmark's control: the same paths, body types and threading as scoring and trends, reading the body exactly
 * as they do and answering what was read, without scoring. Built only into the bench build (packaged with
 * {@code -Dquarkus.profile=bench}, as bench/http.sh does); in the production build these paths do not exist and
 * answer 404 like any unknown path.
 */
@IfBuildProfile("bench")
@Path("/bench/echo")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource {

    /** bench/http_tools.py's PHQ-9 body: the request every scoring benchmark sends. */
    static final String BENCH_PHQ9 = "{\"responses\": {\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, "
            + "\"6\": 1, \"7\": 2, \"8\": 0, \"9\": 1}}";

    private final ObjectMapper mapper;
    private final ScoringService scoring;
    private volatile byte[] storedAnswer;
    private volatile ScoreResult storedResult;

    EchoResource(ObjectMapper mapper, ScoringService scoring) {
        this.mapper = mapper;
        this.scoring = scoring;
    }

    @POST
    @Path("/instruments/{id}/scores")
    @NonBlocking
    @Operation(hidden = true)
    public Administration score(@PathParam("id") String id, ScoreRequest body) {
        ScoreRequest request = body == null ? ScoreRequest.notAnObject() : body;
        ScoringService.requireReadable(request.faults(), "");
        return request.administration(id);
    }

    @POST
    @Path("/trends")
    @NonBlocking
    @Operation(hidden = true)
    public TrendRequest trends(TrendRequest request) {
        return request;
    }

    /**
     * The smallest honest scoring endpoint (bench/http.sh's control for PHQ-9 scoring): the body read into a record,
     * each answer checked (an item 1-9 with a whole number 0-3, else a 400 problem) and their sum answered.
     */
    @POST
    @Path("/minimal/scores")
    @NonBlocking
    @Operation(hidden = true)
    public Sum minimalScore(MinimalScoreRequest request) {
        if (request == null || request.responses() == null) {
            throw ProblemType.INVALID_REQUEST.exception("responses is required.");
        }
        int sum = 0;
        for (Map.Entry<String, Integer> answer : request.responses().entrySet()) {
            String item = answer.getKey();
            Integer value = answer.getValue();
            if (item.length() != 1 || item.charAt(0) < '1' || item.charAt(0) > '9' || value == null || value < 0
                    || value > 3) {
                throw ProblemType.INVALID_REQUEST.exception("Each answer is an item 1-9 with a value 0-3.");
            }
            sum += value;
        }
        return new Sum(sum);
    }

    /**
     * The ceiling the answer's size sets (bench/http.sh's second control for PHQ-9 scoring): read and checked as
     * {@link #minimalScore}, then answered with the bytes POST /instruments/phq9/scores answers to the bench's body,
     * scored and written once, on the first call, and sent as they are from then on. Same length, same headers: what
     * it costs beyond the minimal control is moving the answer's bytes, not making them.
     */
    @POST
    @Path("/stored/scores")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(hidden = true)
    public byte[] storedScore(MinimalScoreRequest request) throws JsonProcessingException {
        minimalScore(request);
        return storedScore();
    }

    private byte[] storedScore() throws JsonProcessingException {
        byte[] answer = storedAnswer;
        if (answer == null) {
            answer = mapper.writeValueAsBytes(benchResult());
            storedAnswer = answer;
        }
        return answer;
    }

    /**
     * Stages of a score, for bench/stages.sh: each reads and answers as scoring does up to one stage and sends the
     * stored answer after it. {@code read}: the body read into a ScoreRequest, as scoring reads it; {@code score}:
     * read and scored, the result dropped; {@code write}: read as the minimal control, then the same score answer (made
     * once) written by the service's writer on every request.
     */
    @POST
    @Path("/stages/read/{id}")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(hidden = true)
    public byte[] stageRead(@PathParam("id") String id, ScoreRequest body) throws JsonProcessingException {
        ScoreRequest request = body == null ? ScoreRequest.notAnObject() : body;
        ScoringService.requireReadable(request.faults(), "");
        request.administration(id);
        return storedScore();
    }

    @POST
    @Path("/stages/score/{id}")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(hidden = true)
    public byte[] stageScore(@PathParam("id") String id, ScoreRequest body) throws JsonProcessingException {
        ScoreRequest request = body == null ? ScoreRequest.notAnObject() : body;
        ScoringService.requireReadable(request.faults(), "");
        InstrumentDefinition definition = scoring.definitionFor(request.definition(), id, "",
                ProblemType.UNKNOWN_INSTRUMENT);
        if (scoring.score(definition, request.administration(id), "") == null) {
            throw new IllegalStateException("no answer");
        }
        return storedScore();
    }

    @POST
    @Path("/stages/write/{id}")
    @NonBlocking
    @Operation(hidden = true)
    public ScoreResult stageWrite(@PathParam("id") String id, MinimalScoreRequest request)
            throws JsonProcessingException {
        minimalScore(request);
        ScoreResult result = storedResult;
        if (result == null) {
            result = benchResult();
            storedResult = result;
        }
        return result;
    }

    private ScoreResult benchResult() throws JsonProcessingException {
        ScoreRequest bench = mapper.readValue(BENCH_PHQ9, ScoreRequest.class);
        return scoring.score(scoring.instrument("phq9", null, ProblemType.UNKNOWN_INSTRUMENT),
                bench.administration("phq9"), "");
    }

    /** bench/http.sh's control for trends: the body read into a JSON tree and written back (moving its bytes). */
    @POST
    @Path("/tree")
    @NonBlocking
    @Operation(hidden = true)
    public JsonNode tree(JsonNode body) {
        return body;
    }

    public record MinimalScoreRequest(Map<String, Integer> responses) {
    }

    public record Sum(int sum) {
    }
}
