package org.measura.web;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.ScoringPlans;

/**
 * The built-in catalog and, beside it, the one cache of its definitions' scoring plans that every adapter (REST,
 * bulk, FHIR) and the trend use case score with.
 */
public class CatalogProducer {

    /** Loaded eagerly: a broken built-in definition must stop the service at start, naming file and fault. */
    @Produces
    @ApplicationScoped
    @Startup
    InstrumentCatalog catalog() {
        return InstrumentCatalog.loadBuiltIn();
    }

    /** Each built-in definition's scoring plan, prepared once at start-up. */
    @Produces
    @Singleton
    @Startup
    ScoringPlans plans(InstrumentCatalog catalog) {
        return new ScoringPlans(catalog);
    }
}
