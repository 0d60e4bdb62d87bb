package org.measura.scoring;

import java.util.Map;

/** One completed form as sent: which instrument, the answers by item id (null = unanswered), and their coding. */
public record Administration(String instrument, Map<String, Integer> responses, String coding) {
}
