package org.measura.scoring;

import java.util.List;

/** Every scale of the instrument was left unscored by its missing-item rule. */
public class NotScorableException extends Exception {
    private final transient List<String> reasons;

    public NotScorableException(List<String> reasons) {
        super("no scale could be scored", null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
