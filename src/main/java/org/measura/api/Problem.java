package org.measura.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code errors} point at the offending fields. Nothing the caller sent is echoed, not
 * even the request path (it can carry identifiers), so the optional {@code instance} member is left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", example = "/problems/invalid-responses")
        String type,
        @Schema(example = "Responses cannot be scored") String title,
        @Schema(example = "422") int status,
        @Schema(example = "1 field is invalid; see errors.") String detail,
        @Schema(description = "Each offending field as a JSON Pointer into the request, with the reason")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

}
