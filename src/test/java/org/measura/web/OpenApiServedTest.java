package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the service serves is the one the build wrote and the repository commits (openapi/), byte for
 * byte, in both formats and at every address Quarkus serves it: it is served as stored, not rebuilt at start-up
 * (org.measura.openapi.StoredOpenApiDocuments), which is right only while no filter changes it at run time.
 */
@QuarkusTest
class OpenApiServedTest {

    private static final Path YAML = Path.of("openapi/openapi.yaml");
    private static final Path JSON = Path.of("openapi/openapi.json");

    @Test
    void yamlIsTheCommittedDocument() throws Exception {
        for (Response served : new Response[] {given().get("/q/openapi"), given().get("/q/openapi.yaml"),
                given().get("/q/openapi.yml")}) {
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.contentType()).startsWith("application/yaml");
            assertThat(served.asByteArray()).isEqualTo(Files.readAllBytes(YAML));
        }
    }

    @Test
    void jsonIsTheCommittedDocument() throws Exception {
        for (Response served : new Response[] {given().get("/q/openapi?format=json"),
                given().accept("application/json").get("/q/openapi"), given().get("/q/openapi.json")}) {
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.contentType()).startsWith("application/json");
            assertThat(served.asByteArray()).isEqualTo(Files.readAllBytes(JSON));
        }
    }

    /** Stages as Quarkus reads them: {@code stages} if given, else {@code value} if given, else RUN. */
    @Test
    void everyOpenApiFilterRunsAtBuildTimeOnly() {
        List<String> filters = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages("org.measura")) {
            if (type.isAnnotatedWith(OpenApiFilter.class)) {
                JavaAnnotation<JavaClass> filter = type.getAnnotationOfType(OpenApiFilter.class.getName());
                Object stages = filter.tryGetExplicitlyDeclaredProperty("stages")
                        .orElse(filter.tryGetExplicitlyDeclaredProperty("value").orElse("RUN"));
                List<String> names = stages instanceof Object[] many
                        ? Arrays.stream(many).map(String::valueOf).toList() : List.of(String.valueOf(stages));
                assertThat(names).as(type.getName()).allMatch(name -> name.endsWith("BUILD"));
                filters.add(type.getSimpleName());
            }
        }
        assertThat(filters).contains("OpenApiContract");
    }
}
