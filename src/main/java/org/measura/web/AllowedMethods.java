package org.measura.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.measura.lifecycle.DeferredWork;

/**
 * The methods each path of the API accepts, read from the REST resources themselves (their {@code @Path} and HTTP
 * method annotations), so that OPTIONS and the {@code Allow} header of a 405 say exactly what the service does.
 * GET implies HEAD; every path takes OPTIONS. The resources are read as deferred work, or by the first OPTIONS request
 * or 405 answer if it comes sooner, not at start-up: reading their methods parses every annotation on them, the
 * large OpenAPI ones included, which took about a quarter of a second of the start (docs/operations.md, Start-up).
 */
@Singleton
public class AllowedMethods implements DeferredWork {

    private record Template(Pattern pattern, Set<String> methods) {
    }

    /** Null until first needed; reading the resources twice in a race gives the same list. */
    private volatile List<Template> templates;

    @Override
    public String name() {
        return "allowed methods per path";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void run() {
        templates();
    }

    private List<Template> templates() {
        List<Template> read = templates;
        if (read == null) {
            read = readResources();
            templates = read;
        }
        return read;
    }

    private static List<Template> readResources() {
        Map<String, Set<String>> byPath = new TreeMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || type.getPackageName().startsWith("org.measura.bench")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Optional<String> http = httpMethod(method);
                if (http.isPresent()) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = join(root.value(), sub == null ? "" : sub.value());
                    Set<String> methods = byPath.computeIfAbsent(path, p -> new TreeSet<>());
                    methods.add(http.get());
                    if (http.get().equals(HttpMethod.GET)) {
                        methods.add(HttpMethod.HEAD);
                    }
                    methods.add(HttpMethod.OPTIONS);
                }
            }
        }
        List<Template> read = new ArrayList<>();
        byPath.forEach((path, methods) -> read.add(new Template(pattern(path), Set.copyOf(methods))));
        return List.copyOf(read);
    }

    /** The methods the path accepts, as an Allow header value, or empty when no operation has this path. */
    public Optional<String> allow(String path) {
        // Percent-decoded as the REST layer routes it ("/fhir/%24trend" is "/fhir/$trend").
        String decoded = io.netty.handler.codec.http.QueryStringDecoder.decodeComponent(path.replace("+", "%2B"));
        Set<String> methods = new TreeSet<>();
        for (Template t : templates()) {
            if (t.pattern().matcher(decoded).matches()) {
                methods.addAll(t.methods());
            }
        }
        return methods.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", methods));
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A path template as a pattern: each {name} one segment, everything else literal, an optional trailing slash. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
