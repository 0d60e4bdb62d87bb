package org.measura.bench;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * In the bench build (packaged with {@code -Dquarkus.profile=bench}), the server-side request timer ({@code http_server_requests_seconds}) is published as a
 * histogram with buckets from 10 µs, so that bench/http.sh can read the server's own p50 and p99 per endpoint from
 * /q/metrics. In the production build the timer keeps its default (count, sum, max), as in production.
 */
@IfBuildProfile("bench")
public class ServerTimeHistogram {

    @Produces
    @Singleton
    MeterFilter serverTimes() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofNanos(10_000).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(2).toNanos())
                        .build().merge(config);
            }
        };
    }
}
