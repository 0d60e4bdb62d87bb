package org.measura.scoring;

import java.util.Objects;
import org.measura.fault.FaultCode;

/**
 * One fault that keeps an administration from being scored: what is wrong ({@code code}; null where the scorer does
 * not classify it, and answers then give none), where, and why in words. Never carries the value sent.
 */
public record ScoringFault(FaultCode code, ScoringLocation at, String reason) {

    public ScoringFault {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }

    /** An unclassified fault. */
    public ScoringFault(ScoringLocation at, String reason) {
        this(null, at, reason);
    }
}
