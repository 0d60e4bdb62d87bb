package org.measura.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.measura.api.AdministrationRequest;
import org.measura.api.FieldError;
import org.measura.api.Problem;
import org.measura.api.ProblemException;
import org.measura.api.ProblemType;
import org.measura.api.ScoringService;

@Path("/scores")
@Tag(name = "Batch scoring", description = "Many administrations of any instruments in one request")
public class BatchResource {

    private final ScoringService scoring;

    BatchResource(ScoringService scoring) {
        this.scoring = scoring;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scoreBatch", summary = "Score a batch of administrations",
            description = "Up to 1,000 administrations, each naming its instrument. The answer has one entry per "
                    + "administration in the same order, each either a `result` (as POST /instruments/{id}/scores "
                    + "returns) or a `problem` for that entry alone, with its `index`; pointers in a problem lead "
                    + "into this request (`/administrations/{index}/...`). One bad entry never fails or drops the "
                    + "others; the answer is 200 whenever the body itself is a readable batch.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchRequest.class),
            examples = @ExampleObject(name = "mixed", summary = "One good entry and two bad ones",
                    value = ApiExamples.BATCH_REQUEST)))
    @APIResponse(responseCode = "200", description = "One result or problem per administration, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "mixed", value = ApiExamples.BATCH_RESULT)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, has no `administrations` array, "
            + "or holds more than 1,000 entries",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-field", summary = "A field this request does not have",
                            value = ApiExamples.BATCH_UNKNOWN_FIELD_PROBLEM)))
    public BatchResult score(BatchRequest request) {
        if (request == null) {
            throw ProblemType.INVALID_REQUEST.exception("The body must be a JSON object with an `administrations` array.");
        }
        ScoringService.requireReadable(request.faults(), "");
        List<BatchResult.Entry> results = new ArrayList<>(request.administrations().size());
        for (int i = 0; i < request.administrations().size(); i++) {
            results.add(scoreEntry(request.administrations().get(i), i));
        }
        return new BatchResult(results);
    }

    private BatchResult.Entry scoreEntry(AdministrationRequest entry, int index) {
        try {
            return new BatchResult.Entry(index, scoring.scoreEntry(entry, "/administrations/" + index), null);
        } catch (ProblemException e) {
            return new BatchResult.Entry(index, null, e.problem());
        }
    }
}
