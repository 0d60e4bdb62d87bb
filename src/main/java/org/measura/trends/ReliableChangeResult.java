package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * Reliable change of one comparison with its provenance: the method and its verdict, the index set against its
 * critical value ({@link IndexTest}; absent for a fixed threshold), the change in score points that counts as
 * reliable ({@link PointRule}), the error terms of the index ({@link ErrorTerms}), {@code figures} the psychometric
 * figures used with their sources, {@code missing} the fields that would have been needed, {@code choice} why this
 * method was used. On the wire the parts are one flat object, its fields in the order given here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"method", "status", "indexTest", "index", "criticalValue", "criticalValueSource", "pointRule",
        "threshold", "inclusive", "errorTerms", "standardError", "differenceSd", "reliabilityOfDifference", "figures",
        "missing", "choice", "explanation"})
public record ReliableChangeResult(
        ReliableChangeMethod method,
        ChangeStatus status,
        @JsonUnwrapped IndexTest indexTest,
        @JsonUnwrapped PointRule pointRule,
        @JsonUnwrapped ErrorTerms errorTerms,
        List<FigureUsed> figures,
        List<String> missing,
        String choice,
        String explanation) {

    public ReliableChangeResult {
        indexTest = indexTest == null ? IndexTest.NONE : indexTest;
        pointRule = pointRule == null ? PointRule.NONE : pointRule;
        errorTerms = errorTerms == null ? ErrorTerms.NONE : errorTerms;
    }

    /** The method's statistic (RCI, RC index), reliable when strictly beyond ± the critical value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndexTest(Double index, Double criticalValue, String criticalValueSource) {

        static final IndexTest NONE = new IndexTest(null, null, null);
    }

    /**
     * The change in score points that counts as reliable: the fixed threshold (met when {@code inclusive}, else to be
     * exceeded), or for Jacobson–Truax the critical value × S_diff, which must be exceeded.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PointRule(Double threshold, Boolean inclusive) {

        static final PointRule NONE = new PointRule(null, null);
    }

    /** SE_m for the index methods, S_diff for Jacobson–Truax, r_dd for Hageman–Arrindell. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorTerms(Double standardError, Double differenceSd, Double reliabilityOfDifference) {

        static final ErrorTerms NONE = new ErrorTerms(null, null, null);
    }

    /** No method could be applied: {@code missing} names the figures that would have been needed. */
    static ReliableChangeResult notComputable(List<FigureName> missing, String choice, String explanation) {
        return new ReliableChangeResult(null, ChangeStatus.NOT_COMPUTABLE, IndexTest.NONE, PointRule.NONE,
                ErrorTerms.NONE, null, FigureName.wires(missing), choice, explanation);
    }

    /** The verdict of a published fixed threshold (no index, no error terms). */
    static ReliableChangeResult publishedThreshold(ChangeStatus status, double threshold, boolean inclusive,
            String choice, String explanation) {
        return new ReliableChangeResult(ReliableChangeMethod.PUBLISHED_THRESHOLD, status, IndexTest.NONE,
                new PointRule(threshold, inclusive), ErrorTerms.NONE, null, null, choice, explanation);
    }

    /** The verdict of an index method on its figures. */
    static ReliableChangeResult byIndex(ReliableChangeMethod method, ChangeStatus status, IndexTest test,
            PointRule rule, ErrorTerms errors, List<FigureUsed> figures, String choice, String explanation) {
        return new ReliableChangeResult(method, status, test, rule, errors, figures, null, choice, explanation);
    }
}
