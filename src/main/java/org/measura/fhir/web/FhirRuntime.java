package org.measura.fhir.web;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.measura.catalog.InstrumentCatalog;
import org.measura.fhir.Canonicals;
import org.measura.fhir.Fhir;
import org.measura.fhir.FhirDefinitions;
import org.measura.fhir.FhirIssue;
import org.measura.fhir.FhirJson;
import org.measura.fhir.FhirScoring;
import org.measura.fhir.Outcomes;
import org.measura.fhir.trend.FhirTrends;

/**
 * The one FHIR context of the service, with the configured canonical base. HAPI's first parse takes seconds, so it is
 * warmed at start-up on a thread of its own: start-up and the first score do not wait for it, readiness does.
 */
@Singleton
@Startup
public class FhirRuntime {

    private static final Logger LOG = Logger.getLogger(FhirRuntime.class);

    private final FhirJson json;
    private final Canonicals canonicals;
    private final FhirScoring scoring;
    private final FhirTrends trends;
    private final FhirDefinitions definitions;
    private final String version;
    private final Date started = new Date();
    private volatile boolean warm;

    FhirRuntime(InstrumentCatalog catalog,
            @ConfigProperty(name = "measura.fhir.base-url") String base,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version,
            @ConfigProperty(name = "measura.fhir.max-nesting-depth") int maxNestingDepth,
            @ConfigProperty(name = "measura.json.max-string-length") int maxStringLength) {
        this.json = new FhirJson(maxNestingDepth, maxStringLength);
        this.canonicals = new Canonicals(base);
        this.scoring = new FhirScoring(catalog, canonicals);
        this.trends = new FhirTrends(catalog, canonicals, scoring);
        this.version = version;
        this.definitions = new FhirDefinitions(catalog.all(), canonicals, started, version);
    }

    @PostConstruct
    void warmUp() {
        Thread warming = new Thread(() -> {
            long start = System.nanoTime();
            try {
                json.warm();
                warm = true;
                LOG.infof("FHIR R4 context warmed in %d ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.errorf("The FHIR context could not be warmed (%s): the service stays not ready",
                        e.getClass().getName());
            }
        }, "fhir-warm-up");
        warming.setDaemon(true);
        warming.start();
    }

    public boolean isWarm() {
        return warm;
    }

    public FhirJson json() {
        return json;
    }

    public Canonicals canonicals() {
        return canonicals;
    }

    public FhirScoring scoring() {
        return scoring;
    }

    public FhirTrends trends() {
        return trends;
    }

    public FhirDefinitions definitions() {
        return definitions;
    }

    public String version() {
        return version;
    }

    public Date started() {
        return started;
    }

    public Response outcome(int status, List<FhirIssue> issues) {
        return Response.status(status).type(Fhir.MEDIA_TYPE).entity(json.encode(Outcomes.of(issues))).build();
    }
}
