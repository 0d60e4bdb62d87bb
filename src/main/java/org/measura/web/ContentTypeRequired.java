package org.measura.web;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body sent without any Content-Type is refused with 415, as for a wrong one: the REST layer would otherwise read
 * it as whatever the operation consumes. Runs after matching, so an unknown path is still 404 and a wrong method 405;
 * {@link ProblemMappers} turns the refusal into a problem (an OperationOutcome on /fhir paths).
 */
public class ContentTypeRequired {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public void requireContentType(ContainerRequestContext request) {
        if (BODY_METHODS.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw new NotSupportedException();
        }
    }
}
