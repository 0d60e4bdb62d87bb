package org.measura.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarIdsTest {

    private static final InstrumentCatalog CATALOG = InstrumentCatalog.loadBuiltIn();

    @Test
    void caseAndPunctuationAreIgnoredAgainstIdsAndAbbreviations() {
        assertThat(CATALOG.similarIds("PHQ9")).containsExactly("phq9");
        assertThat(CATALOG.similarIds("phq-9")).containsExactly("phq9");
        assertThat(CATALOG.similarIds("Core-OM")).containsExactly("coreom");
        // The LPFS-BF's abbreviation carries its version: "LPFS-BF 2.0" and "lpfs_bf" both mean lpfsbf.
        assertThat(CATALOG.similarIds("LPFS-BF 2.0")).containsExactly("lpfsbf");
        assertThat(CATALOG.similarIds("lpfs_bf")).containsExactly("lpfsbf");
    }

    @Test
    void oneSlipAwayListsEveryNearId() {
        assertThat(CATALOG.similarIds("phq99")).containsExactly("phq9");
        assertThat(CATALOG.similarIds("gda7")).containsExactly("gad7");
        assertThat(CATALOG.similarIds("phq")).containsExactlyInAnyOrder("phq2", "phq8", "phq9");
        assertThat(CATALOG.didYouMean("phq")).hasValue("did you mean phq2, phq8 or phq9?");
        assertThat(CATALOG.didYouMean("PHQ9")).hasValue("did you mean phq9?");
    }

    @Test
    void nothingNearOrNothingToCompareGivesNoHint() {
        assertThat(CATALOG.similarIds("oq45")).isEmpty();
        assertThat(CATALOG.similarIds("---")).isEmpty();
        assertThat(CATALOG.similarIds("x")).isEmpty();
        assertThat(CATALOG.similarIds("p".repeat(41))).isEmpty();
        assertThat(CATALOG.didYouMean("tas20")).isEmpty();
    }

    @Test
    void slips() {
        assertThat(InstrumentCatalog.oneSlipApart("abc", "abd")).isTrue();
        assertThat(InstrumentCatalog.oneSlipApart("abc", "acb")).isTrue();
        assertThat(InstrumentCatalog.oneSlipApart("abc", "ab")).isTrue();
        assertThat(InstrumentCatalog.oneSlipApart("ab", "xab")).isTrue();
        assertThat(InstrumentCatalog.oneSlipApart("abc", "abc")).isFalse();
        assertThat(InstrumentCatalog.oneSlipApart("abc", "cba")).isFalse();
        assertThat(InstrumentCatalog.oneSlipApart("abcd", "ab")).isFalse();
    }
}
