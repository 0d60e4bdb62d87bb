package org.measura.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measura.catalog.Aggregation;
import org.measura.catalog.Comparison;
import org.measura.catalog.Direction;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.NormPopulation;
import org.measura.catalog.ReliabilityKind;
import org.measura.catalog.Verification;
import org.measura.cohorts.BenchmarkPosition;
import org.measura.cohorts.Outcome;
import org.measura.fault.FaultCode;
import org.measura.trends.ChangeStatus;
import org.measura.trends.ComparisonKind;
import org.measura.trends.Phase;
import org.measura.trends.TrackStatus;

/** Enums named by a {@code @JsonValue} are written exactly as Jackson writes them: their wire name, quoted. */
class WireEnumSerializersTest {

    private final ObjectMapper service = new ObjectMapper();

    WireEnumSerializersTest() {
        new JacksonConfig(32, 50, 20_000, InstrumentCatalog.loadBuiltIn()).customize(service);
    }

    record Holder(Object value, List<Object> values) {
    }

    @Test
    void everyConstantAsJacksonWritesIt() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        List<Class<? extends Enum<?>>> types = List.of(ChangeStatus.class, ComparisonKind.class, TrackStatus.class,
                Phase.class, Comparison.class, Direction.class, NormPopulation.class, Aggregation.class,
                Verification.class, ReliabilityKind.class, FaultCode.class, Outcome.class, BenchmarkPosition.class);
        int written = 0;
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> constant : type.getEnumConstants()) {
                Holder holder = new Holder(constant, Arrays.asList(constant, null, constant));
                assertThat(service.writeValueAsString(constant)).isEqualTo(plain.writeValueAsString(constant));
                assertThat(service.writeValueAsString(holder)).isEqualTo(plain.writeValueAsString(holder));
                written++;
            }
        }
        assertThat(written).isGreaterThan(40);
        assertThat(service.writeValueAsString(ChangeStatus.RELIABLE_IMPROVEMENT)).isEqualTo("\"reliable-improvement\"");
        // and it is this module's writer that wrote them, not Jackson's reflective one
        assertThat(service.getSerializerProviderInstance().findValueSerializer(ChangeStatus.class).getClass()
                .getEnclosingClass()).isEqualTo(WireEnumSerializers.class);
    }
}
