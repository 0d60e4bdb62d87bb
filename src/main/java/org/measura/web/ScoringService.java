package org.measura.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.scoring.Administration;
import org.measura.scoring.FieldError;
import org.measura.scoring.InvalidResponsesException;
import org.measura.scoring.NotScorableException;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.Scorer;

/** Looks up the instrument and scores; turns scoring faults into problems pointing into the request. */
@ApplicationScoped
public class ScoringService {

    private final InstrumentCatalog catalog;

    ScoringService(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    InstrumentDefinition instrument(String id, String pointer, ProblemType whenUnknown) {
        return catalog.find(id).orElseThrow(() -> whenUnknown.exception(
                "There is no instrument with this id; GET /instruments lists them.",
                pointer == null ? null : List.of(new FieldError(pointer, "is not a known instrument id"))));
    }

    /** @param at JSON Pointer of the administration within the request ("" for a single score request) */
    ScoreResult score(InstrumentDefinition definition, Administration administration, String at) {
        try {
            return Scorer.score(definition, administration.responses(), administration.coding());
        } catch (InvalidResponsesException e) {
            List<FieldError> errors = e.errors().stream().map(f -> f.under(at)).toList();
            throw ProblemType.INVALID_RESPONSES.exception(ProblemType.fieldCount(errors), errors);
        } catch (NotScorableException e) {
            throw ProblemType.NOT_SCORABLE.exception(String.join(" ", e.reasons()));
        }
    }
}
