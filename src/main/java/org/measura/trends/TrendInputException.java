package org.measura.trends;

import java.util.List;

/**
 * The input cannot be analysed as asked: a chosen method or cut-off type lacks figures, points tie or contradict
 * each other, a figure is out of range. Carries one reason per field; the REST layer turns it into a 422 problem.
 */
public class TrendInputException extends Exception {

    private final transient List<FieldReason> reasons;

    public TrendInputException(List<FieldReason> reasons) {
        super(reasons.stream().map(FieldReason::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.reasons = List.copyOf(reasons);
    }

    public TrendInputException(FieldReason reason) {
        this(List.of(reason));
    }

    public List<FieldReason> reasons() {
        return reasons;
    }
}
