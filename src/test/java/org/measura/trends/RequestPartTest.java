package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.measura.fault.FaultCode;

/** A fault of a request-wide field is named by the field's request name, and the path below it where it has one. */
class RequestPartTest {

    @Test
    void theFieldIsTheRequestNameOfThePartAndThePathBelowIt() {
        assertThat(field(RequestPart.ADMINISTRATIONS, "")).isEqualTo("administrations");
        assertThat(field(RequestPart.MEASURES, "")).isEqualTo("measures");
        assertThat(field(RequestPart.AT_RISK_PERCENTILE, "")).isEqualTo("expectedResponse/atRiskPercentile");
        assertThat(field(RequestPart.NOT_ON_TRACK_PERCENTILE, "")).isEqualTo("expectedResponse/notOnTrackPercentile");
        assertThat(field(RequestPart.CURVES, "")).isEqualTo("expectedResponse/curves");
        assertThat(field(RequestPart.CURVES, "/0")).isEqualTo("expectedResponse/curves/0");
        assertThat(field(RequestPart.CURVES, "/2/sessions/1/p50"))
                .isEqualTo("expectedResponse/curves/2/sessions/1/p50");
        assertThat(FieldReason.request(FaultCode.REQUIRED, RequestPart.MEASURES, "is required").field())
                .isEqualTo("measures");
    }

    private static String field(RequestPart part, String below) {
        return FieldReason.request(FaultCode.INVALID, part, below, "must be so").field();
    }
}
