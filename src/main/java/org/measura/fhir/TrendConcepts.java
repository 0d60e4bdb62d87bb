package org.measura.fhir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes of {base}/CodeSystem/trend with their displays: the comparisons $trend makes, the components of a change
 * Observation, and the findings (the trend engine's classification names) it reports. The served CodeSystem lists
 * exactly these, so a code written must be here (the validator test would find one that is not).
 */
public final class TrendConcepts {
    private TrendConcepts() {
    }

    public static final Map<String, String> ALL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("baseline-to-latest", "baseline to latest");
        m.put("baseline-to-termination", "baseline to termination");
        m.put("termination-to-follow-up", "termination to follow-up");
        m.put("previous-to-latest", "previous to latest");
        m.put("scale", "scale compared");
        m.put("raw-change", "raw change");
        m.put("percent-change", "percent change");
        m.put("reliable-change-method", "reliable-change method");
        m.put("reliable-change-index", "reliable-change index");
        m.put("critical-value", "critical value");
        m.put("reliable-change-threshold", "reliable-change threshold");
        m.put("reliable-change", "reliable change");
        m.put("phq9-response", "PHQ-9 response (a fall of 50% or more)");
        m.put("phq9-remission", "PHQ-9 remission (a score below 5)");
        m.put("follow-up", "follow-up against termination");
        m.put("days-since-termination", "days since termination");
        m.put("category-from-baseline", "clinical significance from baseline");
        m.put("follow-up-summary", "follow-up summary");
        m.put("nhs-talking-therapies", "NHS Talking Therapies paired outcome");
        // Findings of follow-up and of the NHS Talking Therapies classification (the engine's names).
        for (String finding : new String[] {"maintained", "relapse", "post-termination-gain",
                "reliable-improvement-since-termination",
                "recovered-at-termination", "durable-recovery", "caseness-at-start", "recovery",
                "reliable-improvement", "reliable-deterioration", "reliable-recovery", "no-reliable-change"}) {
            m.put(finding, finding.replace('-', ' '));
        }
        ALL = Collections.unmodifiableMap(m);
    }

    /** The display of a code; a code not listed (which the validator test would report) shows as words. */
    public static String display(String code) {
        return ALL.getOrDefault(code, code.replace('-', ' '));
    }
}
