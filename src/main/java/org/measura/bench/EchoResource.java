package org.measura.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.measura.scoring.Administration;

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
