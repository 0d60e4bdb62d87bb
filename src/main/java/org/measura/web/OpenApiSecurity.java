package org.measura.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Declares the bearer-token scheme every API operation requires, so that the Swagger UI offers "Authorize" for
 * pasting a token, and the document's description: what the service does and how to authorise. The title, version
 * and licence come from application.properties.
 */
@OpenAPIDefinition(info = @Info(title = "Measura API", version = "0.1.0", description = OpenApiSecurity.DESCRIPTION),
        security = @SecurityRequirement(name = OpenApiSecurity.BEARER))
@SecurityScheme(securitySchemeName = OpenApiSecurity.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT from your identity provider, issued for this service's audience "
                + "(client-credentials flow), sent as `Authorization: Bearer <JWT>`. The service checks its signature "
                + "against the configured key, its issuer, audience, expiry and not-before time, following the JWT "
                + "best current practices of RFC8725. Not needed when the service runs with "
                + "measura.auth.enabled=false.")
public class OpenApiSecurity extends Application {
    static final String BEARER = "bearer";

    static final String DESCRIPTION = "Stateless scoring of standardized psychotherapy questionnaires, and a "
            + "client's scores over time turned into reliable and clinically significant change. Every figure a score "
            + "rests on names its published source; errors are RFC 9457 problem details (application/problem+json), "
            + "and OperationOutcomes on the FHIR paths. The service stores nothing.\n\n"
            + "**Start here**: `GET /instruments` lists the questionnaires; `POST /instruments/{id}/scores` scores "
            + "one administration (try the PHQ-9, GAD-7, CORE-10 and DSQ-40 examples); `POST /trends` compares a "
            + "client's administrations over time.\n\n"
            + "**Authorise**: every operation needs a bearer JWT issued by your identity provider for this service's "
            + "audience (client-credentials flow). Get one from your identity provider, press **Authorize**, paste "
            + "the token (without the word Bearer), and every \"Try it out\" sends it as `Authorization: Bearer "
            + "<JWT>`. Without a valid token the answer is 401 with `WWW-Authenticate: Bearer`. A service started "
            + "with `measura.auth.enabled=false` (a local trial, never with real health data) needs no token.";
}
