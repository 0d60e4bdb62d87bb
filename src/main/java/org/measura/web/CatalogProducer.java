package org.measura.web;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.measura.catalog.InstrumentCatalog;

public class CatalogProducer {

    /** Loaded eagerly: a broken built-in definition must stop the service at start, naming file and fault. */
    @Produces
    @ApplicationScoped
    @Startup
    InstrumentCatalog catalog() {
        return InstrumentCatalog.loadBuiltIn();
    }
}
