package org.measura.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JFreeSVG writes group ids unescaped and refuses a repeated id, so ids from callers' measure names are tamed. */
class ChartElementIdsTest {

    @Test
    void idsKeepLettersDigitsAndHyphens() {
        assertThat(new ElementIds().id("series", "phq9/total")).isEqualTo("series-phq9-total");
        assertThat(new ElementIds().id("band", "phq9-total", "moderately-severe"))
                .isEqualTo("band-phq9-total-moderately-severe");
        assertThat(new ElementIds().id("series", "Clinic <x onload='1'>/total"))
                .isEqualTo("series-clinic-x-onload-1-total");
    }

    @Test
    void namesThatReduceToTheSameIdStayDistinct() {
        ElementIds ids = new ElementIds();
        assertThat(ids.id("series", "a.b/total")).isEqualTo("series-a-b-total");
        assertThat(ids.id("series", "a b/total")).isEqualTo("series-a-b-total-2");
        assertThat(ids.id("series", "a_b/total")).isEqualTo("series-a-b-total-3");
    }

    @Test
    void anIdStartsWithALetter() {
        assertThat(ElementIds.slug("9 lives")).isEqualTo("x-9-lives");
        assertThat(ElementIds.slug("***")).isEqualTo("x-");
    }
}
