package org.measura.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Declares the bearer-token scheme every API operation requires, so that the Swagger UI offers "Authorize" for
 * pasting a token. The document's title and description come from application.properties.
 */
@OpenAPIDefinition(info = @Info(title = "Measura API", version = "0.1.0"),
        security = @SecurityRequirement(name = OpenApiSecurity.BEARER))
@SecurityScheme(securitySchemeName = OpenApiSecurity.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT from your identity provider, issued for this service's audience "
                + "(client-credentials flow). Not needed when the service runs with measura.auth.enabled=false.")
public class OpenApiSecurity extends Application {
    static final String BEARER = "bearer";
}
