package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An item printed on the form that no scale uses, such as the PHQ-9's closing question on how hard the problems have
 * made daily life. A whole form can be sent with it answered: the answer is accepted, never scored, and the answer
 * says that it was not used. {@code loinc} lists the codes that name the item in FHIR; {@code answers} its printed
 * answers (our own short labels) with their LOINC answer codes; {@code source} cites where it is described.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UnscoredItem(String id, String label, List<String> loinc, List<Answer> answers, String source,
        String note) {

    public UnscoredItem {
        loinc = InstrumentDefinition.listOrEmpty(loinc);
        answers = InstrumentDefinition.listOrEmpty(answers);
    }

    /** One printed answer of an unscored item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(String label, String loinc) {
    }
}
