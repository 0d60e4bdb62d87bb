package org.measura.cohorts;

import java.util.List;
import org.measura.trends.RefusalKind;

/**
 * The cohort cannot be answered as sent; every fault is located, and {@code kind} says whether the request is not of
 * the form the operation takes or is of that form with contents that cannot be answered.
 */
public class CohortInputException extends Exception {
    private final transient List<CohortFault> faults;
    private final RefusalKind kind;

    public CohortInputException(List<CohortFault> faults) {
        this(RefusalKind.CONTENT, faults);
    }

    public CohortInputException(RefusalKind kind, List<CohortFault> faults) {
        super(faults.size() + " fault(s)", null, false, false);
        this.kind = kind;
        this.faults = List.copyOf(faults);
    }

    public RefusalKind kind() {
        return kind;
    }

    public List<CohortFault> faults() {
        return faults;
    }
}
