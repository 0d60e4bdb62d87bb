package org.measura.fhir.web;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.measura.fhir.FhirException;

public class FhirMappers {

    private final FhirRuntime fhir;

    FhirMappers(FhirRuntime fhir) {
        this.fhir = fhir;
    }

    @ServerExceptionMapper
    public Response refused(FhirException e) {
        return fhir.outcome(e.status(), e.issues());
    }
}
