package org.measura.lifecycle;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.netty4.NettyEventExecutorMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.quarkus.micrometer.runtime.binder.JVMInfoBinder;
import io.quarkus.micrometer.runtime.binder.netty.NettyAllocatorMetrics;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.impl.VertxByteBufAllocator;
import io.vertx.core.impl.VertxInternal;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The JVM, system and Netty metrics on {@code /q/metrics} (memory, GC, threads, class loading, JVM info, uptime, CPU,
 * file descriptors; Netty's and Vert.x's buffer allocators and event loops): the binders Quarkus binds at start-up
 * when {@code quarkus.micrometer.binder.jvm}, {@code .system} and {@code .netty.enabled} are on, bound here as
 * deferred work instead (all three are off in application.properties), with the same names and tags, since binding
 * them took about 150 ms of the start-up for the JVM and system ones and as much again for Netty's
 * (docs/operations.md, Start-up). Ready once they are bound. GC pauses before then are not counted (the JVM's own
 * counters, such as memory used, are read when scraped and miss nothing).
 */
@Readiness
@Singleton
public class JvmMetrics implements DeferredWork, HealthCheck {

    private final DeferredStart deferred;
    private final Vertx vertx;
    private volatile JvmGcMetrics gc;
    private volatile JvmHeapPressureMetrics heapPressure;
    private volatile boolean bound;

    JvmMetrics(DeferredStart deferred, Vertx vertx) {
        this.deferred = deferred;
        this.vertx = vertx;
    }

    @Override
    public String name() {
        return "JVM, system and Netty metrics";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void run() {
        gc = new JvmGcMetrics();
        heapPressure = new JvmHeapPressureMetrics();
        VertxInternal loops = (VertxInternal) vertx;
        List<MeterBinder> binders = List.of(new ClassLoaderMetrics(), heapPressure, new JvmMemoryMetrics(),
                new JvmThreadMetrics(), new JVMInfoBinder(), gc, new UptimeMetrics(), new ProcessorMetrics(),
                new FileDescriptorMetrics(), new NettyAllocatorMetrics("pooled", PooledByteBufAllocator.DEFAULT),
                new NettyAllocatorMetrics("unpooled", UnpooledByteBufAllocator.DEFAULT),
                new NettyAllocatorMetrics("vertx-pooled",
                        (ByteBufAllocatorMetricProvider) VertxByteBufAllocator.POOLED_ALLOCATOR),
                new NettyAllocatorMetrics("vertx-unpooled",
                        (ByteBufAllocatorMetricProvider) VertxByteBufAllocator.UNPOOLED_ALLOCATOR),
                new NettyEventExecutorMetrics(loops.getEventLoopGroup(), Tags.of("executor", "eventLoop")),
                new NettyEventExecutorMetrics(loops.getAcceptorEventLoopGroup(), Tags.of("executor", "acceptor")));
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
