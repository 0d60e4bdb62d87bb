package org.measura.cohorts;

import java.util.List;

/** The cohort cannot be answered as sent; every fault is located. */
public class CohortInputException extends Exception {
    private final transient List<CohortFault> faults;

    public CohortInputException(List<CohortFault> faults) {
        super(faults.size() + " fault(s)", null, false, false);
        this.faults = List.copyOf(faults);
    }

    public List<CohortFault> faults() {
        return faults;
    }
}
