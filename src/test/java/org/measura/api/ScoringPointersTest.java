package org.measura.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.measura.fault.FaultCode;
import org.measura.scoring.NormField;
import org.measura.scoring.ScoringFault;
import org.measura.scoring.ScoringLocation;

/** A scoring fault's location as the JSON Pointer a plain-JSON problem gives (RFC 6901), worked by hand. */
class ScoringPointersTest {

    @Test
    void anItemsAnswerIsUnderResponsesWithTheSlashOfItsIdEscaped() {
        assertThat(ScoringPointers.pointer(ScoringLocation.response("1"))).isEqualTo("/responses/1");
        // RFC 6901: "/" in a token is written "~1"
        assertThat(ScoringPointers.pointer(ScoringLocation.response("a/b"))).isEqualTo("/responses/a~1b");
        // "~" is outside the echo rule (docs/security.md), so the id is not shown at all
        assertThat(ScoringPointers.pointer(ScoringLocation.response("a/b~c"))).isEqualTo("/responses/(not shown)");
    }

    @Test
    void theCodingAndEachPartOfAReferenceSampleHaveTheirField() {
        assertThat(ScoringPointers.pointer(ScoringLocation.CODING)).isEqualTo("/coding");
        assertThat(ScoringPointers.pointer(ScoringLocation.norm("total", NormField.SAMPLE))).isEqualTo("/norms/total");
        assertThat(ScoringPointers.pointer(ScoringLocation.norm("total", NormField.NAME)))
                .isEqualTo("/norms/total/name");
        assertThat(ScoringPointers.pointer(ScoringLocation.norm("total", NormField.MEAN)))
                .isEqualTo("/norms/total/mean");
        assertThat(ScoringPointers.pointer(ScoringLocation.norm("total", NormField.SD))).isEqualTo("/norms/total/sd");
        assertThat(ScoringPointers.pointer(ScoringLocation.norm("total", NormField.METRIC)))
                .isEqualTo("/norms/total/metric");
        assertThat(ScoringPointers.pointer(ScoringLocation.norm("a/b", NormField.SD))).isEqualTo("/norms/a~1b/sd");
    }

    @Test
    void aFieldErrorKeepsTheCodeAndLeadsUnderTheAdministrationsPointer() throws Exception {
        FieldError item = ScoringPointers.fieldError(new ScoringFault(FaultCode.INVALID, ScoringLocation.response("9"),
                "must be a whole number from 0 to 3")).under("/administrations/2");
        assertThat(item).isEqualTo(new FieldError("/administrations/2/responses/9",
                "must be a whole number from 0 to 3", FaultCode.INVALID, List.of()));
        FieldError sd = ScoringPointers.fieldError(new ScoringFault(ScoringLocation.norm("total", NormField.SD),
                "must be a number above 0"));
        // unclassified: no code in the answer, and no related pointers
        assertThat(new ObjectMapper().writeValueAsString(sd))
                .isEqualTo("{\"pointer\":\"/norms/total/sd\",\"reason\":\"must be a number above 0\"}");
        assertThat(new ObjectMapper().writeValueAsString(item))
                .isEqualTo("{\"pointer\":\"/administrations/2/responses/9\","
                + "\"reason\":\"must be a whole number from 0 to 3\",\"code\":\"invalid\"}");
    }
}
