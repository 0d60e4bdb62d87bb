package org.measura.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The items of a Questionnaire supplied with a response, by linkId: their codes, and the weights their answer
 * options give (on the option, on its coding, on the concept of a contained ValueSet the item's answerValueSet
 * names, or on the concept of a contained CodeSystem of the answer's system). A ValueSet or CodeSystem that is not
 * contained is never fetched.
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
                return new Lookup(ResponseReader.Weight.of(coding).or(ResponseReader.Weight.of(option))
                        .or(inCodeSystem(coding)), null);
            }
        }
        if (!item.hasAnswerValueSet()) {
            return new Lookup(inCodeSystem(answer), null);
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

    private Lookup inValueSet(ValueSet valueSet, Coding answer) {
        ResponseReader.Weight found = inExpansion(valueSet.getExpansion().getContains(), answer);
        if (found != null) {
            return new Lookup(found.or(inCodeSystem(answer)), null);
        }
        for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
            if (!Objects.equals(include.getSystem(), answer.getSystem())) {
                continue;
            }
            for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
                if (answer.getCode().equals(concept.getCode())) {
                    return new Lookup(ResponseReader.Weight.of(concept).or(inCodeSystem(answer)), null);
                }
            }
        }
        return new Lookup(inCodeSystem(answer), null);
    }

    /**
     * The weight a CodeSystem contained in the Questionnaire gives a code (its url or {@code #id} is the coding's
     * system): a weight extension on the concept, or a concept property named as the weight extensions are
     * ({@code itemWeight}, {@code ordinalValue}) or {@code weight}.
     */
    ResponseReader.Weight inCodeSystem(Coding coding) {
        if (questionnaire == null || !coding.hasSystem() || !coding.hasCode()) {
            return ResponseReader.Weight.NONE;
        }
        for (Resource contained : questionnaire.getContained()) {
            if (contained instanceof CodeSystem cs && (coding.getSystem().equals(cs.getUrl())
                    || (coding.getSystem().startsWith("#") && ScoreInput.ids(cs.getIdElement().getIdPart(),
                    coding.getSystem())))) {
                for (CodeSystem.ConceptDefinitionComponent concept : flat(cs.getConcept())) {
                    if (coding.getCode().equals(concept.getCode())) {
                        return ResponseReader.Weight.of(concept).or(ResponseReader.Weight.ofProperties(concept));
                    }
                }
            }
        }
        return ResponseReader.Weight.NONE;
    }

    private static List<CodeSystem.ConceptDefinitionComponent> flat(List<CodeSystem.ConceptDefinitionComponent> in) {
        List<CodeSystem.ConceptDefinitionComponent> out = new ArrayList<>();
        for (CodeSystem.ConceptDefinitionComponent c : in) {
            out.add(c);
            out.addAll(flat(c.getConcept()));
        }
        return out;
    }

    /** One answer the Questionnaire offers for an item, in the order it lists them, with the weight it gives. */
    record OptionWeight(int position, Coding coding, ResponseReader.Weight weight, String path) {
    }

    /** The weighted answers of one Questionnaire item. */
    record ItemWeights(String linkId, String path, List<OptionWeight> options) {
    }

    /**
     * Every item's answers with the weights this Questionnaire gives them (answer options, or the concepts of a
     * contained ValueSet its answerValueSet names), for checking against the published key.
     */
    List<ItemWeights> weights(String questionnairePath) {
        List<ItemWeights> out = new ArrayList<>();
        if (questionnaire != null) {
            collect(questionnaire.getItem(), questionnairePath, questionnairePath, out);
        }
        return out;
    }

    private void collect(List<QuestionnaireItemComponent> items, String root, String path, List<ItemWeights> out) {
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireItemComponent item = items.get(i);
            String at = path + ".item[" + i + "]";
            List<OptionWeight> options = new ArrayList<>();
            List<QuestionnaireItemAnswerOptionComponent> answerOptions = item.getAnswerOption();
            for (int j = 0; j < answerOptions.size(); j++) {
                QuestionnaireItemAnswerOptionComponent option = answerOptions.get(j);
                if (option.getValue() instanceof Coding coding) {
                    options.add(new OptionWeight(j + 1, coding, ResponseReader.Weight.of(coding)
                            .or(ResponseReader.Weight.of(option)).or(inCodeSystem(coding)),
                            at + ".answerOption[" + j + "]"));
                }
            }
            if (options.isEmpty() && item.hasAnswerValueSet() && item.getAnswerValueSet().startsWith("#")) {
                List<Resource> contained = questionnaire.getContained();
                for (int k = 0; k < contained.size(); k++) {
                    if (contained.get(k) instanceof ValueSet vs
                            && ScoreInput.ids(vs.getIdElement().getIdPart(), item.getAnswerValueSet())) {
                        valueSetOptions(vs, root + ".contained[" + k + "]", options);
                    }
                }
            }
            if (item.hasLinkId() && !options.isEmpty()) {
                out.add(new ItemWeights(item.getLinkId(), at, options));
            }
            collect(item.getItem(), root, at, out);
        }
    }

    private void valueSetOptions(ValueSet vs, String at, List<OptionWeight> options) {
        List<ValueSet.ConceptSetComponent> includes = vs.getCompose().getInclude();
        for (int i = 0; i < includes.size(); i++) {
            List<ValueSet.ConceptReferenceComponent> concepts = includes.get(i).getConcept();
            for (int j = 0; j < concepts.size(); j++) {
                Coding coding = new Coding(includes.get(i).getSystem(), concepts.get(j).getCode(), null);
                options.add(new OptionWeight(options.size() + 1, coding, ResponseReader.Weight.of(concepts.get(j))
                        .or(inCodeSystem(coding)), at + ".compose.include[" + i + "].concept[" + j + "]"));
            }
        }
        expansionOptions(vs.getExpansion().getContains(), at + ".expansion", options);
    }

    private void expansionOptions(List<ValueSet.ValueSetExpansionContainsComponent> contains, String at,
            List<OptionWeight> options) {
        for (int i = 0; i < contains.size(); i++) {
            ValueSet.ValueSetExpansionContainsComponent c = contains.get(i);
            String here = at + ".contains[" + i + "]";
            if (c.hasCode() && !c.getAbstract()) {
                Coding coding = new Coding(c.getSystem(), c.getCode(), null);
                ResponseReader.Weight weight = ResponseReader.Weight.of(c).or(inCodeSystem(coding));
                if (weight.value() != null || weight.invalid() || c.getContains().isEmpty()) {
                    options.add(new OptionWeight(options.size() + 1, coding, weight, here));
                }
            }
            expansionOptions(c.getContains(), here, options);
        }
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
