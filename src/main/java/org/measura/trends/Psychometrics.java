package org.measura.trends;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure the trend engine may use for one scale, each optional and each with its source. Notation of
 * docs/reference/change-methods.md: {@code reliability} r_xx, {@code referenceMean}/{@code referenceSd} M₁/SD₁ (of
 * the clinical reference sample), {@code postReliability} r_yy, {@code postMean}/{@code postSd} M₂/SD₂, {@code
 * prePostCorrelation} r₁₂, clinical and functional norms for the cut-offs a/b/c, the published (or caller) cut-off and
 * the published fixed reliable-change threshold. {@code notes} records choices the resolver made.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Psychometrics(
        Figure reliability,
        Figure referenceMean,
        Figure referenceSd,
        Figure postReliability,
        Figure postMean,
        Figure postSd,
        Figure prePostCorrelation,
        Figure clinicalMean,
        Figure clinicalSd,
        Figure functionalMean,
        Figure functionalSd,
        CutoffFigure cutoff,
        ThresholdFigure reliableChangeThreshold,
        List<String> notes) {

    public Psychometrics {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** No figures at all: reliable change and clinical significance will say what is missing. */
    public static Psychometrics none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.reliability = reliability;
        b.referenceMean = referenceMean;
        b.referenceSd = referenceSd;
        b.postReliability = postReliability;
        b.postMean = postMean;
        b.postSd = postSd;
        b.prePostCorrelation = prePostCorrelation;
        b.clinicalMean = clinicalMean;
        b.clinicalSd = clinicalSd;
        b.functionalMean = functionalMean;
        b.functionalSd = functionalSd;
        b.cutoff = cutoff;
        b.reliableChangeThreshold = reliableChangeThreshold;
        b.notes.addAll(notes);
        return b;
    }

    /** Mutable helper for tests and the resolver; figures left unset stay absent. */
    public static final class Builder {
        private Figure reliability;
        private Figure referenceMean;
        private Figure referenceSd;
        private Figure postReliability;
        private Figure postMean;
        private Figure postSd;
        private Figure prePostCorrelation;
        private Figure clinicalMean;
        private Figure clinicalSd;
        private Figure functionalMean;
        private Figure functionalSd;
        private CutoffFigure cutoff;
        private ThresholdFigure reliableChangeThreshold;
        private final List<String> notes = new ArrayList<>();

        public Builder reliability(Figure f) { reliability = f; return this; }
        public Builder referenceMean(Figure f) { referenceMean = f; return this; }
        public Builder referenceSd(Figure f) { referenceSd = f; return this; }
        public Builder postReliability(Figure f) { postReliability = f; return this; }
        public Builder postMean(Figure f) { postMean = f; return this; }
        public Builder postSd(Figure f) { postSd = f; return this; }
        public Builder prePostCorrelation(Figure f) { prePostCorrelation = f; return this; }
        public Builder clinicalMean(Figure f) { clinicalMean = f; return this; }
        public Builder clinicalSd(Figure f) { clinicalSd = f; return this; }
        public Builder functionalMean(Figure f) { functionalMean = f; return this; }
        public Builder functionalSd(Figure f) { functionalSd = f; return this; }
        public Builder cutoff(CutoffFigure c) { cutoff = c; return this; }
        public Builder reliableChangeThreshold(ThresholdFigure t) { reliableChangeThreshold = t; return this; }
        public Builder note(String note) { notes.add(note); return this; }

        public Psychometrics build() {
            return new Psychometrics(reliability, referenceMean, referenceSd, postReliability, postMean, postSd,
                    prePostCorrelation, clinicalMean, clinicalSd, functionalMean, functionalSd, cutoff,
                    reliableChangeThreshold, notes);
        }
    }
}
