package org.measura.web;

import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.measura.catalog.InstrumentCatalog;
import org.measura.lifecycle.DeferredStart;
import org.measura.lifecycle.DeferredWork;

/**
 * Once the service listens, re-reads every built-in definition file strictly (as an inline definition is read) and
 * compares it with the definition the service started with (built from the code the build compiled from the same
 * files, see {@link InstrumentCatalog#loadBuiltIn()}). Ready only when all agree; a file that is broken or differs
 * is logged with its name, and the service stays not ready. Reading them also prepares the reader for the first
 * inline definition.
 */
@Readiness
@Singleton
public class CatalogCheck implements DeferredWork, HealthCheck {

    private static final Logger LOG = Logger.getLogger(CatalogCheck.class);

    private final InstrumentCatalog catalog;
    private final DeferredStart deferred;
    private volatile boolean agreed;

    CatalogCheck(InstrumentCatalog catalog, DeferredStart deferred) {
        this.catalog = catalog;
        this.deferred = deferred;
    }

    @Override
    public String name() {
        return "built-in definition files";
    }

    /** After the JVM metrics, before the FHIR context. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public void run() {
        List<String> differences = catalog.differencesFromFiles();
        if (differences.isEmpty()) {
            agreed = true;
        } else {
            LOG.errorf("Built-in definitions do not agree with their files: %s. The service stays not ready.",
                    String.join("; ", differences));
        }
    }

    boolean agreed() {
        return agreed;
    }

    @Override
    public HealthCheckResponse call() {
        deferred.start();
        return HealthCheckResponse.named("catalog").status(agreed).build();
    }
}
