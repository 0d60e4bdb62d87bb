package org.measura.lifecycle;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.quarkus.micrometer.runtime.binder.JVMInfoBinder;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The JVM and system metrics on {@code /q/metrics} (memory, GC, threads, class loading, JVM info, uptime, CPU, file
 * descriptors): the binders Quarkus binds at start-up when {@code quarkus.micrometer.binder.jvm} and {@code .system}
 * are on, bound here as deferred work instead (both are off in application.properties), since binding them took
 * about 150 ms of the start-up (docs/operations.md, Start-up). Ready once they are bound. GC pauses before then are
 * not counted (the JVM's own counters, such as memory used, are read when scraped and miss nothing).
 */
@Readiness
@Singleton
public class JvmMetrics implements DeferredWork, HealthCheck {

    private final DeferredStart deferred;
    private volatile JvmGcMetrics gc;
    private volatile JvmHeapPressureMetrics heapPressure;
    private volatile boolean bound;

    JvmMetrics(DeferredStart deferred) {
        this.deferred = deferred;
    }

    @Override
    public String name() {
        return "JVM and system metrics";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void run() {
        gc = new JvmGcMetrics();
        heapPressure = new JvmHeapPressureMetrics();
        List<MeterBinder> binders = List.of(new ClassLoaderMetrics(), heapPressure, new JvmMemoryMetrics(),
                new JvmThreadMetrics(), new JVMInfoBinder(), gc, new UptimeMetrics(), new ProcessorMetrics(),
                new FileDescriptorMetrics());
        for (MeterBinder binder : binders) {
            binder.bindTo(Metrics.globalRegistry);
        }
        bound = true;
    }

    @Override
    public HealthCheckResponse call() {
        deferred.start();
        return HealthCheckResponse.named("jvm-metrics").status(bound).build();
    }

    @PreDestroy
    void close() {
        if (gc != null) {
            gc.close();
        }
        if (heapPressure != null) {
            heapPressure.close();
        }
    }
}
