package org.measura.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.measura.catalog.DefinitionFault;
import org.measura.catalog.DefinitionLimits;
import org.measura.catalog.DefinitionReader;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.fault.FaultCode;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;
import org.measura.scoring.ScoringPlan;
import org.measura.scoring.ScoringPlans;

/**
 * Finds the definition (built in, or sent inline) and scores; turns faults into problems pointing into the request.
 * Built-in definitions are scored with the catalog's prepared plans ({@link ScoringPlans}).
 */
@ApplicationScoped
public class ScoringService {

    private final InstrumentCatalog catalog;
    private final ScoringPlans plans;

    ScoringService(InstrumentCatalog catalog, ScoringPlans plans) {
        this.catalog = catalog;
        this.plans = plans;
    }

    private ScoringPlan plan(InstrumentDefinition definition) {
        return plans.of(definition);
    }

    public InstrumentDefinition instrument(String id, String pointer, ProblemType whenUnknown) {
        return catalog.find(id).orElseThrow(() -> {
            String hint = catalog.didYouMean(id).map(h -> " (" + h + ")").orElse("");
            return whenUnknown.exception("There is no instrument with this id" + hint + "; GET /instruments lists them.",
                    pointer == null ? null
                            : List.of(FieldError.of(FaultCode.UNKNOWN, pointer, "is not a known instrument id" + hint)));
        });
    }

    /**
     * The definition an administration is scored with: its inline definition when it sent one (checked by the same
     * rules as a built-in one, plus size limits), else the built-in one it names.
     *
     * @param inline the inline definition (an object), or null when none was sent
     * @param named  the instrument id the request names (its path, or the entry's {@code instrument}), or null
     * @param at     JSON Pointer of the administration within the request
     */
    public InstrumentDefinition definitionFor(JsonNode inline, String named, String at, ProblemType whenUnknown) {
        if (inline == null) {
            return instrument(named, at.isEmpty() ? null : at + "/instrument", whenUnknown);
        }
        DefinitionReader.Reading reading = DefinitionReader.read(inline);
        List<DefinitionFault> faults = new ArrayList<>(reading.faults());
        if (reading.ok()) {
            faults.addAll(DefinitionLimits.check(reading.definition()));
            if (named != null && !named.equals(reading.definition().id())) {
                faults.add(new DefinitionFault("/id", "must equal the instrument id the request names"));
            }
        }
        if (!faults.isEmpty()) {
            List<FieldError> errors = faults.stream()
                    .map(f -> new FieldError(at + "/definition" + f.pointer(), f.reason())).toList();
            throw ProblemType.INVALID_DEFINITION.exception(ProblemType.fieldCount(errors), errors);
        }
        return reading.definition();
    }

    /** A problem naming each fault found in reading a request, under {@code at}, if there were any. */
    public static void requireReadable(List<FieldError> faults, String at) {
        if (!faults.isEmpty()) {
            List<FieldError> errors = at.isEmpty() ? faults : faults.stream().map(f -> f.under(at)).toList();
            throw ProblemType.INVALID_REQUEST.exception(ProblemType.fieldCount(errors), errors);
        }
    }

    /**
     * Scores one entry of a batch or one line of a bulk stream: it names its instrument or defines it inline. Any
     * fault is a {@link ProblemException} whose pointers lead under {@code at}.
     */
    public ScoreResult scoreEntry(AdministrationRequest request, String at) {
        requireReadable(request.faults(), at);
        InstrumentDefinition definition = request.definition() == null
                ? instrument(request.instrument(), at + "/instrument", ProblemType.UNKNOWN_INSTRUMENT_IN_BATCH)
                : definitionFor(request.definition(), request.instrument(), at,
                        ProblemType.UNKNOWN_INSTRUMENT_IN_BATCH);
        return score(definition, request.administration(), at);
    }

    /** @param at JSON Pointer of the administration within the request ("" for a single score request) */
    public ScoreResult score(InstrumentDefinition definition, org.measura.scoring.Administration administration,
            String at) {
        try {
            return Scorer.score(plan(definition), administration.responses(), administration.coding(),
                    administration.norms());
        } catch (InvalidResponsesException e) {
            List<FieldError> errors = e.faults().stream().map(f -> ScoringPointers.fieldError(f).under(at)).toList();
            throw ProblemType.INVALID_RESPONSES.exception(ProblemType.fieldCount(errors), errors);
        } catch (NotScorableException e) {
            throw ProblemType.NOT_SCORABLE.exception(String.join(" ", e.reasons()));
        }
    }
}
