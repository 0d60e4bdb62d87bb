package org.measura.fhir;

import java.util.Map;

/**
 * LOINC's own display names for the panel and total codes of our instruments, each read on LOINC's pages (the
 * sources are listed in docs/fhir.md, section LOINC). A code not here is written without a display rather than with
 * an unverified one; item codes never get one, since LOINC's item names are the questions' wording.
 */
public final class LoincDisplays {
    private LoincDisplays() {
    }

    private static final Map<String, String> DISPLAYS = Map.of(
            "44249-1", "PHQ-9 quick depression assessment panel [Reported.PHQ]",
            "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
            "55757-9", "Patient Health Questionnaire 2 item (PHQ-2) [Reported]",
            "55758-7", "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]",
            "69737-5", "Generalized anxiety disorder 7 item (GAD-7)",
            Fhir.LOINC_TREND, "Trend");

    /** The verified display of a LOINC code, or null. */
    public static String of(String code) {
        return code == null ? null : DISPLAYS.get(code);
    }
}
