package org.measura.scoring;

import java.util.Map;

/**
 * One completed form as sent: which instrument, the answers by item id (null = unanswered), their coding, and the
 * reference samples the caller asks its scales to be placed against, by scale id.
 */
public record Administration(String instrument, Map<String, Integer> responses, String coding,
        Map<String, NormRequest> norms) {
    public Administration {
        norms = norms == null ? Map.of() : Map.copyOf(norms);
    }
}
