package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/**
 * One session-to-session interval examined as a sudden gain or loss (Tang &amp; DeRubeis criteria,
 * docs/reference/change-methods.md §7): the interval, the absolute and relative criteria, the stability test, and
 * whether a confirmed shift was later reversed. {@code confirmed} is true only when every applied criterion held.
 * On the wire the parts are one flat object, its fields in the order given here (the OpenAPI document follows it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "interval", "preSession", "postSession", "preDate", "postDate", "preScore", "postScore",
        "criteria", "magnitude", "absoluteMet", "relativeMet", "stability", "stabilityMet", "pointsBefore",
        "pointsAfter", "meanBefore", "meanAfter", "pooledSd", "tCritical", "confirmed", "reversal", "reversed",
        "reversalSession", "reversalValue", "explanation"})
public record SuddenShift(
        ShiftKind kind,
        @JsonUnwrapped Interval interval,
        @JsonUnwrapped Criteria criteria,
        @JsonUnwrapped Stability stability,
        boolean confirmed,
        @JsonUnwrapped Reversal reversal,
        String explanation) {

    /** {@code preSession} is the pre-gain session n−1, {@code postSession} the post-gain session n. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Interval(int preSession, int postSession, LocalDate preDate, LocalDate postDate, double preScore,
            double postScore) {
    }

    /**
     * {@code magnitude} is the change in the healthy direction for a gain (in the unhealthy one for a loss), set
     * against the absolute and the relative criterion.
     */
    public record Criteria(double magnitude, boolean absoluteMet, boolean relativeMet) {
    }

    /**
     * The stability test: the means of up to three sessions before and after, their pooled SD and the critical t.
     * {@code stabilityMet} is absent when the test is off or could not be evaluated (fewer than 2 points on a side);
     * every figure is absent when it is off.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stability(Boolean stabilityMet, Integer pointsBefore, Integer pointsAfter, Double meanBefore,
            Double meanAfter, Double pooledSd, Double tCritical) {

        public static Stability off() {
            return new Stability(null, null, null, null, null, null, null);
        }
    }

    /**
     * Examined for confirmed shifts only: {@code reversed} when a later point lies beyond the midpoint
     * ({@code reversalValue}) between the pre- and post-gain scores (more than half the gain lost, as suddengains
     * {@code create_bysg}); {@code reversalSession} is the first such session.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reversal(Boolean reversed, Integer reversalSession, Double reversalValue) {

        public static Reversal notExamined() {
            return new Reversal(null, null, null);
        }
    }
}
