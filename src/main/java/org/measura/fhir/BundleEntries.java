package org.measura.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * Entries of the Bundles we answer. Every entry has a fullUrl (FHIR requires one for a resource in a Bundle, and
 * references between entries resolve through it); resources we create have no server identity, so they get a new
 * {@code urn:uuid}. An Observation without a narrative gets its one-sentence one here.
 */
public final class BundleEntries {
    private BundleEntries() {
    }

    public static String newUrl() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    /** Adds {@code resource} under {@code fullUrl}, or under a new urn:uuid when that is null. */
    public static Bundle.BundleEntryComponent add(Bundle bundle, Resource resource, String fullUrl) {
        if (resource instanceof Observation o && !o.hasText()) {
            Narratives.of(o);
        }
        return bundle.addEntry().setFullUrl(fullUrl == null ? newUrl() : fullUrl).setResource(resource);
    }
}
