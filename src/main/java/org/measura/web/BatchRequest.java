package org.measura.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchRequest")
public record BatchRequest(
        @Schema(required = true, maxItems = BatchRequest.MAX_ADMINISTRATIONS,
                description = "Up to 1,000 administrations of any instruments")
        List<AdministrationRequest> administrations) {
    public static final int MAX_ADMINISTRATIONS = 1000;
}
