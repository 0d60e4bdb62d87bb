package org.measura.fhir.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the FHIR context has parsed and written its first resources. */
@Readiness
@ApplicationScoped
public class FhirReadiness implements HealthCheck {

    private final FhirRuntime fhir;

    FhirReadiness(FhirRuntime fhir) {
        this.fhir = fhir;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("fhir-context").status(fhir.isWarm()).build();
    }
}
