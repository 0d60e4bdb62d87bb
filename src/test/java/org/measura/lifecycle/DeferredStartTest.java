package org.measura.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The deferred start-up work (JVM, system and Netty metrics, the built-in definition files checked again, the FHIR
 * context): readiness waits for all of it, and once ready {@code /q/metrics} holds the JVM, system and Netty metrics
 * that Quarkus no longer binds at start-up.
 */
@QuarkusTest
class DeferredStartTest {

    @Test
    void onceReadyTheJvmAndSystemMetricsAreServed() throws InterruptedException {
        Readiness.await();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("jvm-metrics", "catalog", "fhir-context"))
                .body("checks.find { it.name == 'jvm-metrics' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'catalog' }.status", equalTo("UP"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // One meter of each binder: memory, GC, threads, class loading, JVM info, heap pressure; uptime, CPU, files;
        // Netty's and Vert.x's allocators, the event loops and the acceptor, named as Quarkus names them.
        assertThat(metrics).contains("jvm_memory_used_bytes{", "jvm_gc_memory_allocated_bytes_total",
                "jvm_threads_live_threads", "jvm_classes_loaded_classes", "jvm_info_total", "jvm_memory_usage_after_gc",
                "process_uptime_seconds", "system_cpu_count", "process_files_open_files",
                "netty_allocator_memory_used{allocator_type=\"PooledByteBufAllocator\",memory_type=\"heap\","
                        + "name=\"pooled\"}",
                "name=\"unpooled\"}", "name=\"vertx-pooled\"}", "name=\"vertx-unpooled\"}",
                "netty_eventexecutor_tasks_pending{executor=\"eventLoop\"",
                "netty_eventexecutor_workers{executor=\"acceptor\"}");
    }
}
