package org.measura.openapi;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.smallrye.openapi.runtime.filter.DisabledRestEndpointsFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * Serves the OpenAPI document as the build stored it, instead of rebuilding it at start-up.
 *
 * <p>The build generates the document (annotations, {@code META-INF/openapi.yaml}, the build-stage filter
 * {@link OpenApiContract}) and stores it in the jar as JSON and YAML: the same bytes as the committed {@code openapi/}
 * files. At start-up Quarkus would read that JSON back into a model and write it out again as JSON and as YAML, on the
 * main thread, before the HTTP port opens: about a second for our 750 KB document on a cold JVM, more than the whole
 * start-up of a minimal Quarkus REST app (docs/operations.md, Start-up). Nothing here changes the document at run time,
 * so this bean serves the stored bytes as they are, read from the jar on the first request for each format.
 *
 * <p>Quarkus builds the document in a method of this bean's superclass that it calls once, at start-up, right after
 * it has looked this bean up. So that it finds nothing to build, the bean, when it is made, shows Quarkus the
 * application's resources without the stored document (through {@link OpenApiConstants#classLoader}, where Quarkus
 * looks for it first); once start-up is over, Quarkus's view is as before. Where something would change the document
 * at run time (servers set in the run-time configuration, REST endpoints disabled at run time, filters that always
 * run) or in dev mode, the bean steps aside and Quarkus builds and serves the document as it always does. A filter
 * that runs at run time would be missed: the service has none ({@code @OpenApiFilter} at the build stage only), and
 * {@code OpenApiServedTest} fails if one is added.
 */
@Alternative
@Priority(1)
@Singleton
@Unremovable
public class StoredOpenApiDocuments extends OpenApiDocumentService {

    private final boolean stored;
    private final ClassLoader before;
    private final ClassLoader application;
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

    StoredOpenApiDocuments(Config config) {
        before = OpenApiConstants.classLoader;
        application = before != null ? before : Thread.currentThread().getContextClassLoader();
        stored = LaunchMode.current() != LaunchMode.DEVELOPMENT && !changedAtRunTime(config);
        if (stored) {
            OpenApiConstants.classLoader = new WithoutStoredDocument(application);
        }
    }

    void startedUp(@Observes StartupEvent started) {
        if (stored && OpenApiConstants.classLoader instanceof WithoutStoredDocument) {
            OpenApiConstants.classLoader = before;
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!stored) {
            return super.getDocument(documentName, format);
        }
        byte[] document = documents.computeIfAbsent(resourceName(documentName, format), this::read);
        return document.length == 0 ? super.getDocument(documentName, format) : document;
    }

    private static boolean changedAtRunTime(Config config) {
        boolean servers = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .anyMatch(name -> name.startsWith("mp.openapi.servers")
                        || name.startsWith("quarkus.smallrye-openapi.") && name.endsWith("servers"));
        return servers || DisabledRestEndpointsFilter.maybeGetInstance().isPresent()
                || config.getOptionalValue("quarkus.smallrye-openapi.always-run-filter", Boolean.class).orElse(false);
    }

    /** Where the build stored the document, named as Quarkus names it. */
    private static String resourceName(String documentName, Format format) {
        String suffix = OpenApiConstants.DEFAULT_DOCUMENT_NAME.equals(documentName) ? "" : "-" + documentName;
        return OpenApiConstants.BASE_NAME + suffix + "." + format.name();
    }

    /** The stored bytes, or none when the build stored no document (Quarkus then answers its empty document). */
    private byte[] read(String resource) {
        try (InputStream in = application.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's resources and classes, less the stored document. */
    private static final class WithoutStoredDocument extends ClassLoader {

        WithoutStoredDocument(ClassLoader application) {
            super(application);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(OpenApiConstants.BASE_NAME) ? null : super.getResource(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return name.startsWith(OpenApiConstants.BASE_NAME) ? null : super.getResourceAsStream(name);
        }
    }
}
