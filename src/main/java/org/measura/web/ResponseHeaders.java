package org.measura.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Headers every answer carries, whatever produced it (an operation, an error mapper, a body limit, a 404): answers
 * hold health data, so none may be stored by a browser or proxy ({@code Cache-Control: no-store}) or
 * content-sniffed ({@code X-Content-Type-Options: nosniff}). The Swagger UI page gets a Content-Security-Policy it
 * works under, with {@code frame-ancestors 'none'}. OPTIONS on an API path answers 204 with the methods
 * {@link AllowedMethods} reads from the resources. See docs/security.md, "Response headers".
 */
@Singleton
public class ResponseHeaders {

    static final String SWAGGER_UI = "/q/swagger-ui";
    /**
     * Swagger UI's page configures itself in an inline script and styles elements inline, and draws icons from
     * data: URIs; everything else comes from the service itself.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Every other answer is data, never a page: it may load nothing and be framed by nothing. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final AllowedMethods allowed;

    ResponseHeaders(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            boolean ui = ctx.normalizedPath().startsWith(SWAGGER_UI);
            ctx.addHeadersEndHandler(v -> {
                HttpServerResponse response = ctx.response();
                response.headers().set("Cache-Control", "no-store");
                response.headers().set("X-Content-Type-Options", "nosniff");
                response.headers().set("Content-Security-Policy", ui ? SWAGGER_UI_POLICY : API_POLICY);
                response.headers().remove("Last-Modified");
            });
            if (ctx.request().method() == HttpMethod.OPTIONS) {
                Optional<String> methods = allowed.allow(ctx.normalizedPath());
                if (methods.isPresent()) {
                    ctx.response().setStatusCode(204).putHeader("Allow", methods.get()).end();
                    return;
                }
            }
            ctx.next();
        });
    }
}
