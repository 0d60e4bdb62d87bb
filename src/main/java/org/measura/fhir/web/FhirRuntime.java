package org.measura.fhir.web;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.measura.lifecycle.DeferredStart;
import org.measura.lifecycle.DeferredWork;
import org.measura.scoring.ScoringPlans;

/**
 * The one FHIR context of the service, with the configured canonical base. Building HAPI's context and the
 * definitions (CodeSystems, ValueSets, OperationDefinitions of every instrument) loads thousands of HAPI classes, and
 * HAPI's first parse takes seconds, so both are deferred work ({@link DeferredStart}: after the HTTP server listens,
 * on a thread of its own): start-up and the first score do not wait for them, readiness does (and a FHIR request that
 * comes before waits for them, starting the deferred work if nothing has yet).
 */
@Singleton
@Startup
public class FhirRuntime implements DeferredWork {

    private static final Logger LOG = Logger.getLogger(FhirRuntime.class);

    /** What the FHIR operations use, built together off the start-up path. */
    private record Parts(FhirJson json, FhirScoring scoring, FhirTrends trends, FhirDefinitions definitions) {
    }

    private final Canonicals canonicals;
    private final String version;
    private final Date started = new Date();
    private final CompletableFuture<Parts> parts = new CompletableFuture<>();
    private final DeferredStart deferred;
    private final Runnable build;
    private volatile boolean warm;

    FhirRuntime(InstrumentCatalog catalog, ScoringPlans plans, DeferredStart deferred,
            @ConfigProperty(name = "measura.fhir.base-url") String base,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version,
            @ConfigProperty(name = "measura.fhir.max-nesting-depth") int maxNestingDepth,
            @ConfigProperty(name = "measura.json.max-string-length") int maxStringLength) {
        this.canonicals = new Canonicals(base);
        this.version = version;
        this.deferred = deferred;
        this.build = () -> build(catalog, plans, maxNestingDepth, maxStringLength);
    }

    @Override
    public String name() {
        return "FHIR context";
    }

    /** After the JVM metrics, which take a fraction of the time. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run() {
        build.run();
    }

    private void build(InstrumentCatalog catalog, ScoringPlans plans, int maxNestingDepth, int maxStringLength) {
        try {
            FhirJson json = new FhirJson(maxNestingDepth, maxStringLength);
            FhirScoring scoring = new FhirScoring(catalog, plans, canonicals);
            Parts built = new Parts(json, scoring, new FhirTrends(catalog, plans, canonicals, scoring),
                    new FhirDefinitions(catalog.all(), canonicals, started, version));
            json.warm();
            parts.complete(built);
            warm = true;
        } catch (RuntimeException | LinkageError e) {
            parts.completeExceptionally(e);
            LOG.errorf("The FHIR context could not be built (%s): the service stays not ready",
                    e.getClass().getName());
        }
    }

    /** Whether the FHIR context is built and warm; asking starts the deferred work if nothing has yet. */
    public boolean isWarm() {
        deferred.start();
        return warm;
    }

    private Parts parts() {
        deferred.start();
        return parts.join();
    }

    public FhirJson json() {
        return parts().json();
    }

    public Canonicals canonicals() {
        return canonicals;
    }

    public FhirScoring scoring() {
        return parts().scoring();
    }

    public FhirTrends trends() {
        return parts().trends();
    }

    public FhirDefinitions definitions() {
        return parts().definitions();
    }

    public String version() {
        return version;
    }

    public Date started() {
        return started;
    }

    public Response outcome(int status, List<FhirIssue> issues) {
        return Response.status(status).type(Fhir.MEDIA_TYPE).entity(json().encode(Outcomes.of(issues))).build();
    }
}
