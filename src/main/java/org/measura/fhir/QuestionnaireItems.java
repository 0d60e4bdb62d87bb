package org.measura.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The items of a Questionnaire supplied with a response, by linkId: their codes, and the weights their answer
 * options give (on the option, on its coding, or on the concept of a contained ValueSet the item's answerValueSet
 * names). A ValueSet that is not contained is never fetched.
 */
final class QuestionnaireItems {

    /** A weight found (or not) and, when none was, why not. */
    record Lookup(ResponseReader.Weight weight, String note) {
        static final Lookup NONE = new Lookup(ResponseReader.Weight.NONE, null);
    }

    private final Questionnaire questionnaire;
    private final Map<String, QuestionnaireItemComponent> byLinkId = new HashMap<>();

    QuestionnaireItems(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        if (questionnaire != null) {
            index(questionnaire.getItem());
        }
    }

    boolean present() {
        return questionnaire != null;
    }

    private void index(List<QuestionnaireItemComponent> items) {
        for (QuestionnaireItemComponent item : items) {
            if (item.hasLinkId()) {
                byLinkId.putIfAbsent(item.getLinkId(), item);
            }
            index(item.getItem());
        }
    }

    List<Coding> codes(String linkId) {
        QuestionnaireItemComponent item = byLinkId.get(linkId);
        return item == null ? List.of() : item.getCode();
    }

    Lookup weight(String linkId, Coding answer) {
        QuestionnaireItemComponent item = byLinkId.get(linkId);
        if (item == null || !answer.hasCode()) {
            return Lookup.NONE;
        }
        for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
            if (option.getValue() instanceof Coding coding && same(coding, answer)) {
                return new Lookup(ResponseReader.Weight.of(coding).or(ResponseReader.Weight.of(option)), null);
            }
        }
        if (!item.hasAnswerValueSet()) {
            return Lookup.NONE;
        }
        String valueSet = item.getAnswerValueSet();
        if (!valueSet.startsWith("#")) {
            return new Lookup(ResponseReader.Weight.NONE, "its answerValueSet is not contained in the Questionnaire, "
                    + "and URLs are never fetched");
        }
        for (Resource contained : questionnaire.getContained()) {
            if (contained instanceof ValueSet vs && ScoreInput.ids(vs.getIdElement().getIdPart(), valueSet)) {
                return inValueSet(vs, answer);
            }
        }
        return new Lookup(ResponseReader.Weight.NONE, "its answerValueSet names no contained ValueSet");
    }

    private static Lookup inValueSet(ValueSet valueSet, Coding answer) {
        ResponseReader.Weight found = inExpansion(valueSet.getExpansion().getContains(), answer);
        if (found != null) {
            return new Lookup(found, null);
        }
        for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
            if (!Objects.equals(include.getSystem(), answer.getSystem())) {
                continue;
            }
            for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
                if (answer.getCode().equals(concept.getCode())) {
                    return new Lookup(ResponseReader.Weight.of(concept), null);
                }
            }
        }
        return Lookup.NONE;
    }

    private static ResponseReader.Weight inExpansion(List<ValueSet.ValueSetExpansionContainsComponent> contains,
            Coding answer) {
        for (ValueSet.ValueSetExpansionContainsComponent c : contains) {
            if (Objects.equals(c.getSystem(), answer.getSystem()) && answer.getCode().equals(c.getCode())) {
                return ResponseReader.Weight.of(c);
            }
            ResponseReader.Weight nested = inExpansion(c.getContains(), answer);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static boolean same(Coding a, Coding b) {
        return a.hasCode() && Objects.equals(a.getSystem(), b.getSystem()) && a.getCode().equals(b.getCode());
    }
}
