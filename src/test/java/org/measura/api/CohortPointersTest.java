package org.measura.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.measura.cohorts.CohortFault.BenchmarkField;
import org.measura.cohorts.CohortFault.Clients;
import org.measura.cohorts.CohortFault.GroupField;
import org.measura.cohorts.CohortFault.InBenchmark;
import org.measura.cohorts.CohortFault.InGroup;
import org.measura.cohorts.CohortFault.InMeasure;
import org.measura.cohorts.CohortFault.InPartial;
import org.measura.cohorts.CohortFault.MeasureField;
import org.measura.cohorts.CohortFault.PartialField;
import org.measura.cohorts.CohortFault.Partials;

/** Each kind of cohort location as the pointer a merge or cohort request's answer names it by, worked by hand. */
class CohortPointersTest {

    @Test
    void eachLocationIsThePointerIntoTheRequest() {
        assertThat(CohortPointers.pointer(new Partials())).isEqualTo("/partials");
        assertThat(CohortPointers.pointer(new InPartial(2, PartialField.ENTRY))).isEqualTo("/partials/2");
        assertThat(CohortPointers.pointer(new InPartial(0, PartialField.FORMAT))).isEqualTo("/partials/0/format");
        assertThat(CohortPointers.pointer(new InGroup(1, 3, GroupField.ENTRY, null))).isEqualTo("/partials/1/groups/3");
        assertThat(CohortPointers.pointer(new InGroup(0, 0, GroupField.FAULTS, null)))
                .isEqualTo("/partials/0/groups/0/faults");
        assertThat(CohortPointers.pointer(new InGroup(0, 1, GroupField.TALKING_THERAPIES, "assessed")))
                .isEqualTo("/partials/0/groups/1/talkingTherapies/assessed");
        assertThat(CohortPointers.pointer(new InMeasure(0, 1, 2, MeasureField.ENTRY, null)))
                .isEqualTo("/partials/0/groups/1/measures/2");
        assertThat(CohortPointers.pointer(new InMeasure(0, 1, 2, MeasureField.COUNTS, "finished")))
                .isEqualTo("/partials/0/groups/1/measures/2/counts/finished");
        assertThat(CohortPointers.pointer(new InMeasure(4, 0, 0, MeasureField.SUMS, null)))
                .isEqualTo("/partials/4/groups/0/measures/0/sums");
        assertThat(CohortPointers.pointer(new InBenchmark(0, BenchmarkField.ENTRY))).isEqualTo("/benchmarks/0");
        assertThat(CohortPointers.pointer(new InBenchmark(3, BenchmarkField.N))).isEqualTo("/benchmarks/3/n");
        assertThat(CohortPointers.pointer(new Clients())).isEqualTo("/clients");
    }

    @Test
    void aMembersNameIsEscapedAsAReferenceTokenAndShownOnlyUnderTheEchoRule() {
        // RFC 6901: "/" in a name is written "~1", so the name stays one token; a name the caller chose is shown
        // only when it is made of the echo rule's characters (no "~" among them), else as the placeholder.
        assertThat(CohortPointers.pointer(new InGroup(0, 0, GroupField.FAULTS, "a/b")))
                .isEqualTo("/partials/0/groups/0/faults/a~1b");
        assertThat(CohortPointers.pointer(new InGroup(0, 0, GroupField.FAULTS, "<img src=x>")))
                .isEqualTo("/partials/0/groups/0/faults/(not shown)");
        assertThat(CohortPointers.pointer(new InMeasure(1, 0, 2, MeasureField.METHODS, "jt/1991")))
                .isEqualTo("/partials/1/groups/0/measures/2/methods/jt~11991");
    }
}
