package org.measura.fhir.web;

import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.measura.scoring.ScoringPlans;

/**
 * The one FHIR context of the service, with the configured canonical base. Building HAPI's context and the
 * definitions (CodeSystems, ValueSets, OperationDefinitions of every instrument) loads thousands of HAPI classes, and
 * HAPI's first parse takes seconds, so both happen on a thread of its own: start-up and the first score do not wait for
 * them, readiness does (and a FHIR request that comes before waits for them). The thread starts once the HTTP server
 * listens, not before: on the pod's one CPU it would otherwise take its share of the CPU from the start-up itself
 * (docs/operations.md, Start-up). A FHIR request or readiness check that comes first starts it too.
 */
@Singleton
@Startup
public class FhirRuntime {

    private static final Logger LOG = Logger.getLogger(FhirRuntime.class);

    /** What the FHIR operations use, built together off the start-up path. */
    private record Parts(FhirJson json, FhirScoring scoring, FhirTrends trends, FhirDefinitions definitions) {
    }

    private final Canonicals canonicals;
    private final String version;
    private final Date started = new Date();
    private final CompletableFuture<Parts> parts = new CompletableFuture<>();
    private final AtomicBoolean building = new AtomicBoolean();
    private final Runnable build;
    private volatile boolean warm;

    FhirRuntime(InstrumentCatalog catalog, ScoringPlans plans,
            @ConfigProperty(name = "measura.fhir.base-url") String base,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version,
            @ConfigProperty(name = "measura.fhir.max-nesting-depth") int maxNestingDepth,
            @ConfigProperty(name = "measura.json.max-string-length") int maxStringLength) {
        this.canonicals = new Canonicals(base);
        this.version = version;
        this.build = () -> build(catalog, plans, maxNestingDepth, maxStringLength);
    }

    void listening(@ObservesAsync HttpServerStart started) {
        startBuilding();
    }

    void listening(@ObservesAsync HttpsServerStart started) {
        startBuilding();
    }

    private void startBuilding() {
        if (building.compareAndSet(false, true)) {
            Thread thread = new Thread(build, "fhir-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void build(InstrumentCatalog catalog, ScoringPlans plans, int maxNestingDepth, int maxStringLength) {
        long start = System.nanoTime();
        try {
            FhirJson json = new FhirJson(maxNestingDepth, maxStringLength);
            FhirScoring scoring = new FhirScoring(catalog, plans, canonicals);
            Parts built = new Parts(json, scoring, new FhirTrends(catalog, plans, canonicals, scoring),
                    new FhirDefinitions(catalog.all(), canonicals, started, version));
            json.warm();
            parts.complete(built);
            warm = true;
            LOG.infof("FHIR R4 context built and warmed in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            parts.completeExceptionally(e);
            LOG.errorf("The FHIR context could not be built (%s): the service stays not ready",
                    e.getClass().getName());
        }
    }

    /** Whether the FHIR context is built and warm; asking starts building it if nothing has yet. */
    public boolean isWarm() {
        startBuilding();
        return warm;
    }

    private Parts parts() {
        startBuilding();
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
