package org.measura.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.junit.jupiter.api.Test;

/** An unexpected failure is logged by exception class and operation, never by the path, which may carry an id. */
class UnexpectedErrorLogTest {

    private static final String ID = "MRN-QX7-40561239";

    @Test
    void theLogNamesTheOperationNotThePath() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(capture);
        try {
            new ProblemMappers(null, null).unexpected(new IllegalStateException(ID), request("/instruments/" + ID),
                    resource(InstrumentResource.class, "get"));
            new ProblemMappers(null, null).unexpected(new IllegalStateException(ID), request("/nowhere/" + ID), null);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(String.join("\n", logged)).contains("InstrumentResource.get").contains("IllegalStateException")
                .contains("GET (no operation matched)").doesNotContain(ID).doesNotContain("/instruments");
    }

    private static HttpServerRequest request(String path) {
        return (HttpServerRequest) Proxy.newProxyInstance(loader(), new Class<?>[] {HttpServerRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "path" -> path;
                    case "method" -> HttpMethod.GET;
                    default -> null;
                });
    }

    private static SimpleResourceInfo resource(Class<?> type, String name) {
        return (SimpleResourceInfo) Proxy.newProxyInstance(loader(), new Class<?>[] {SimpleResourceInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getResourceClass" -> type;
                    case "getMethodName" -> name;
                    default -> null;
                });
    }

    private static ClassLoader loader() {
        return UnexpectedErrorLogTest.class.getClassLoader();
    }
}
