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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.measura.api.ProblemType;
import org.measura.api.RequestReader;
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
    public Administration score(@PathParam("id") String id, JsonNode body) {
        RequestReader.Read read = RequestReader.administration(body, "", id);
        if (!read.ok()) {
            throw ProblemType.INVALID_REQUEST.exception(ProblemType.fieldCount(read.errors()), read.errors());
        }
        return read.administration();
    }

    @POST
    @Path("/trends")
    @NonBlocking
    @Operation(hidden = true)
    public TrendRequest trends(TrendRequest request) {
        return request;
    }
}
