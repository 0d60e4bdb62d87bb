package org.measura.scoring;

import java.math.BigDecimal;
import java.util.List;

/** Ranked scales (highest first) and the predominant style(s): more than one only when styles tie. */
public record ProfileResult(String label, List<Entry> ranked, List<Entry> predominantStyle, List<String> unscored) {

    public record Entry(String scale, String name, BigDecimal score) {
    }
}
