package org.measura.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** A developer who opens the service's address lands on the Swagger UI instead of a 404. */
@Singleton
public class RootRedirect {

    static final String SWAGGER_UI = "/q/swagger-ui";

    void install(@Observes Router router) {
        router.get("/").handler(ctx -> ctx.response().setStatusCode(302).putHeader("Location", SWAGGER_UI).end());
    }
}
