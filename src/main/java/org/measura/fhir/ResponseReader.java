package org.measura.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;
import org.measura.catalog.EchoRule;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.ResponseOption;
import org.measura.catalog.ResponseScale;
import org.measura.catalog.Scale;
import org.measura.catalog.UnscoredItem;

/**
 * Turns a QuestionnaireResponse into the answers the scorer takes (item id to the value printed on the form). Every
 * item and answer is walked, nested groups and answers' sub-items included; items without an answer are simply
 * unanswered. Faults are collected and reported together, each with its FHIRPath.
 */
public final class ResponseReader {

    /**
     * @param responses item id to the value printed on the form, for the answered items
     * @param locations item id to the FHIRPath of its answer, so that later faults can point at it
     * @param stated    totals or scale scores the response states; never used, only compared with ours
     * @param unscored  answers to items on the form that no scale uses, by item id, with their FHIRPaths
     */
    public record Answers(Map<String, Integer> responses, Map<String, String> locations, List<StatedScore> stated,
            Map<String, String> unscored) {
    }

    /** A score found in the response; {@code value} is null when it is not a number. */
    public record StatedScore(String scaleId, BigDecimal value, String expression) {
    }


    private final InstrumentDefinition definition;
    private final Canonicals canonicals;
    private final QuestionnaireItems questionnaire;
    private final Map<String, Integer> responses = new LinkedHashMap<>();
    private final Map<String, String> locations = new HashMap<>();
    private final List<StatedScore> stated = new ArrayList<>();
    private final Map<String, String> unscored = new LinkedHashMap<>();
    private final List<FhirIssue> errors = new ArrayList<>();

    private ResponseReader(InstrumentDefinition definition, Canonicals canonicals, Questionnaire questionnaire) {
        this.definition = definition;
        this.canonicals = canonicals;
        this.questionnaire = new QuestionnaireItems(questionnaire);
    }

    /** @throws FhirException (422) naming every item or answer that cannot be scored */
    public static Answers read(InstrumentDefinition definition, ScoreInput input, Canonicals canonicals) {
        ResponseReader reader = new ResponseReader(definition, canonicals, input.questionnaire());
        QuestionnaireResponse response = input.response();
        if (input.questionnaire() != null) {
            reader.checkKey(input.questionnairePath());
        }
        reader.walk(response.getItem(), input.responsePath());
        if (!reader.errors.isEmpty()) {
            throw new FhirException(422, reader.errors);
        }
        return new Answers(Map.copyOf(reader.responses), Map.copyOf(reader.locations), List.copyOf(reader.stated),
                Collections.unmodifiableMap(reader.unscored));
    }

    /**
     * A supplied Questionnaire's weights must be the published key's, for every item of ours it has, answered or not
     * (a response is never scored from a broken key): each weight a whole number on the form's scale; an option coded
     * with one of the instrument's LOINC answer codes weighted as the key weighs that answer; and the weights of an
     * item's options, in the order listed, distinct and running one way, as the printed values do. Options are named
     * by position, weights never repeated.
     */
    private void checkKey(String questionnairePath) {
        ResponseScale scale = definition.responses();
        for (QuestionnaireItems.ItemWeights weights : questionnaire.weights(questionnairePath)) {
            Target target = target(weights.linkId(), weights.path());
            if (target == null || target.item() == null || target.conflict() != null) {
                continue;
            }
            String item = "item " + target.item().id() + " of the " + definition.abbreviation();
            int before = errors.size();
            List<Integer> values = new ArrayList<>();
            for (QuestionnaireItems.OptionWeight option : weights.options()) {
                Weight weight = option.weight();
                String which = "answer option " + option.position() + " of " + item;
                if (weight.invalid()) {
                    errors.add(FhirIssue.error(IssueType.VALUE, "The supplied Questionnaire's weight for " + which
                            + " is not a number, or its weights disagree.", option.path()));
                    continue;
                }
                if (weight.value() == null) {
                    continue;
                }
                BigDecimal whole = weight.value().stripTrailingZeros();
                if (whole.scale() > 0 || weight.value().compareTo(BigDecimal.valueOf(scale.min())) < 0
                        || weight.value().compareTo(BigDecimal.valueOf(scale.max())) > 0) {
                    errors.add(FhirIssue.error(IssueType.BUSINESSRULE, "The supplied Questionnaire weights " + which
                            + " off the published key: the " + definition.abbreviation() + " scores each answer "
                            + "with a whole number from " + scale.min() + " to " + scale.max() + ".", option.path()));
                    continue;
                }
                int value = weight.value().intValueExact();
                if (option.coding().hasCode() && Fhir.LOINC.equals(option.coding().getSystem())) {
                    Integer keyed = definition.responses().options().stream()
                            .filter(o -> option.coding().getCode().equals(o.loinc())).map(ResponseOption::value)
                            .findFirst().orElse(null);
                    if (keyed != null && keyed != value) {
                        errors.add(FhirIssue.error(IssueType.BUSINESSRULE, "The supplied Questionnaire weights "
                                + which + " differently from the published key, which scores this LOINC answer "
                                + keyed + ".", option.path()));
                        continue;
                    }
                }
                values.add(value);
            }
            if (errors.size() == before && !oneWayAndDistinct(values)) {
                errors.add(FhirIssue.error(IssueType.BUSINESSRULE, "The supplied Questionnaire's weights for " + item
                        + " contradict the published key: the printed values " + scale.min() + " to " + scale.max()
                        + " run in order across the options, each once.", weights.path()));
            }
        }
        if (!errors.isEmpty()) {
            throw new FhirException(422, errors);
        }
    }

    private static boolean oneWayAndDistinct(List<Integer> values) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < values.size(); i++) {
            up &= values.get(i) > values.get(i - 1);
            down &= values.get(i) < values.get(i - 1);
        }
        return up || down;
    }

    private void walk(List<QuestionnaireResponseItemComponent> items, String path) {
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireResponseItemComponent item = items.get(i);
            String at = path + ".item[" + i + "]";
            if (item.hasAnswer()) {
                read(item, at);
            }
            walk(item.getItem(), at);
            for (int j = 0; j < item.getAnswer().size(); j++) {
                walk(item.getAnswer().get(j).getItem(), at + ".answer[" + j + "]");
            }
        }
    }

    private void read(QuestionnaireResponseItemComponent item, String at) {
        String linkId = item.getLinkId();
        Target target = linkId == null ? null : target(linkId, at);
        if (target == null) {
            if (linkId == null) {
                errors.add(FhirIssue.error(IssueType.REQUIRED, "This answered item has no linkId.", at));
            } else {
                errors.add(FhirIssue.error(IssueType.NOTFOUND, "linkId " + echo(linkId) + " is not an item of "
                        + definition.abbreviation() + ": it is neither an item id (" + itemIds() + "), nor an item's "
                        + "LOINC code, nor mapped to one by the supplied Questionnaire's item codes.", at + ".linkId"));
            }
            return;
        }
        if (target.conflict() != null) {
            errors.add(FhirIssue.error(IssueType.CONFLICT, target.conflict(), at + ".linkId"));
            return;
        }
        String answerAt = at + ".answer[0]";
        if (target.unscored() != null) {
            unscored.putIfAbsent(target.unscored().id(), answerAt);
            return;
        }
        if (target.scale() != null) {
            stated.add(new StatedScore(target.scale().id(), number(item.getAnswerFirstRep().getValue()), answerAt));
            return;
        }
        Item ours = target.item();
        if (responses.containsKey(ours.id()) || locations.containsKey(ours.id())) {
            errors.add(FhirIssue.error(IssueType.DUPLICATE, "Item " + ours.id() + " of " + definition.abbreviation()
                    + " is answered a second time here (first at " + locations.get(ours.id()) + ").", at));
            return;
        }
        locations.put(ours.id(), answerAt);
        if (item.getAnswer().size() > 1) {
            errors.add(FhirIssue.error(IssueType.STRUCTURE, "Item " + ours.id() + " has " + item.getAnswer().size()
                    + " answers; a scored item takes one.", at + ".answer"));
            return;
        }
        Integer value = value(item, item.getAnswerFirstRep(), answerAt);
        if (value != null) {
            responses.put(ours.id(), value);
        }
    }

    /**
     * What an answered linkId stands for: one of our items, one of our scales (a stated score), or an item on the
     * form that no scale uses.
     */
    private record Target(Item item, Scale scale, String conflict, UnscoredItem unscored) {

        Target(Item item, Scale scale, String conflict) {
            this(item, scale, conflict, null);
        }
    }

    private Target target(String linkId, String at) {
        String last = linkId.substring(linkId.lastIndexOf('/') + 1);
        Item direct = definition.item(linkId).orElse(null);
        if (direct == null) {
            direct = definition.items().stream()
                    .filter(i -> i.loinc() != null && (i.loinc().equals(linkId) || i.loinc().equals(last)))
                    .findFirst().orElse(null);
        }
        Item coded = null;
        Scale codedScale = null;
        UnscoredItem codedUnscored = null;
        for (Coding code : questionnaire.codes(linkId)) {
            if (!code.hasCode() || (code.hasSystem() && !Fhir.LOINC.equals(code.getSystem()))) {
                continue;
            }
            for (Item i : definition.items()) {
                if (code.getCode().equals(i.loinc())) {
                    coded = i;
                }
            }
            for (Scale s : definition.scales()) {
                if (code.getCode().equals(s.loinc())) {
                    codedScale = s;
                }
            }
            for (UnscoredItem u : definition.unscoredItems()) {
                if (u.loinc().contains(code.getCode())) {
                    codedUnscored = u;
                }
            }
        }
        if (direct != null && coded != null && !direct.id().equals(coded.id())) {
            return new Target(null, null, "This linkId names item " + direct.id() + " of " + definition.abbreviation()
                    + ", but the supplied Questionnaire codes it as item " + coded.id() + ".");
        }
        if (direct != null || coded != null) {
            return new Target(direct != null ? direct : coded, null, null);
        }
        if (codedScale != null) {
            return new Target(null, codedScale, null);
        }
        if (codedUnscored != null) {
            return new Target(null, null, null, codedUnscored);
        }
        Target stated = definition.scales().stream()
                .filter(s -> s.id().equals(linkId) || (s.loinc() != null
                        && (s.loinc().equals(linkId) || s.loinc().equals(last))))
                .findFirst().map(s -> new Target(null, s, null)).orElse(null);
        if (stated != null) {
            return stated;
        }
        return definition.unscoredItems().stream()
                .filter(u -> u.id().equals(linkId) || u.loinc().contains(linkId) || u.loinc().contains(last))
                .findFirst().map(u -> new Target(null, null, null, u)).orElse(null);
    }

    private Integer value(QuestionnaireResponseItemComponent item, QuestionnaireResponseItemAnswerComponent answer,
            String at) {
        Type value = answer.getValue();
        ResponseScale scale = definition.responses();
        if (value instanceof IntegerType integer && integer.getValue() != null) {
            return inRange(BigDecimal.valueOf(integer.getValue()), at + ".valueInteger", "value");
        }
        if (value instanceof Coding coding) {
            return coded(item.getLinkId(), coding, answer, at + ".valueCoding");
        }
        errors.add(FhirIssue.error(IssueType.VALUE, "The answer must be a valueInteger (the value printed on the "
                + "form, " + scale.min() + " to " + scale.max() + ") or a valueCoding whose weight is known.", at));
        return null;
    }

    /** The weight of a coded answer, from every source that gives one; they must agree. */
    private Integer coded(String linkId, Coding coding, QuestionnaireResponseItemAnswerComponent answer, String at) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (coding.hasCode() && Fhir.LOINC.equals(coding.getSystem())) {
            definition.responses().options().stream()
                    .filter(o -> coding.getCode().equals(o.loinc())).findFirst()
                    .ifPresent(o -> weights.put("its LOINC answer code", BigDecimal.valueOf(o.value())));
        }
        if (coding.hasCode() && canonicals.answers(definition.id()).equals(coding.getSystem())) {
            try {
                weights.put("its code in " + canonicals.answers(definition.id()), new BigDecimal(coding.getCode()));
            } catch (NumberFormatException e) {
                errors.add(FhirIssue.error(IssueType.CODEINVALID, "The code is not one of "
                        + canonicals.answers(definition.id()) + " (whole numbers " + definition.responses().min()
                        + " to " + definition.responses().max() + ").", at + ".code"));
                return null;
            }
        }
        Weight onAnswer = Weight.of(coding).or(Weight.of(answer));
        if (onAnswer.invalid()) {
            errors.add(FhirIssue.error(IssueType.VALUE, "The weight extensions on this answer are not numbers or "
                    + "disagree.", at));
            return null;
        }
        if (onAnswer.value() != null) {
            weights.put("the weight extension on the answer", onAnswer.value());
        }
        QuestionnaireItems.Lookup fromQuestionnaire = questionnaire.weight(linkId, coding);
        if (fromQuestionnaire.weight().invalid()) {
            errors.add(FhirIssue.error(IssueType.VALUE, "The supplied Questionnaire's weight extensions for this "
                    + "answer are not numbers or disagree.", at));
            return null;
        }
        if (fromQuestionnaire.weight().value() != null) {
            weights.put("the supplied Questionnaire", fromQuestionnaire.weight().value());
        }
        if (weights.isEmpty()) {
            errors.add(FhirIssue.error(IssueType.CODEINVALID, "This coded answer has no known weight: it is not a "
                    + "LOINC answer code of " + definition.abbreviation() + ", carries no itemWeight, ordinalValue or "
                    + "iso21090-CO-value extension, and "
                    + (questionnaire.present() ? "the supplied Questionnaire gives it none"
                            : "no Questionnaire was supplied (send it in a Parameters body)")
                    + (fromQuestionnaire.note() == null ? "" : " (" + fromQuestionnaire.note() + ")") + ".", at));
            return null;
        }
        if (weights.values().stream().map(BigDecimal::stripTrailingZeros).distinct().count() > 1) {
            errors.add(FhirIssue.error(IssueType.CONFLICT, "The weights given for this answer disagree ("
                    + String.join(", ", weights.keySet()) + ").", at));
            return null;
        }
        return inRange(weights.values().iterator().next(), at, "weight");
    }

    private Integer inRange(BigDecimal value, String at, String what) {
        ResponseScale scale = definition.responses();
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0 || value.compareTo(BigDecimal.valueOf(scale.min())) < 0
                || value.compareTo(BigDecimal.valueOf(scale.max())) > 0) {
            errors.add(FhirIssue.error(IssueType.VALUE, "The " + what + " must be a whole number from " + scale.min()
                    + " to " + scale.max() + " (the values printed on the " + definition.abbreviation() + " form).",
                    at));
            return null;
        }
        return value.intValueExact();
    }

    private static BigDecimal number(Type value) {
        if (value instanceof IntegerType i && i.getValue() != null) {
            return BigDecimal.valueOf(i.getValue());
        }
        if (value instanceof DecimalType d) {
            return d.getValue();
        }
        if (value instanceof Quantity q) {
            return q.getValue();
        }
        return null;
    }

    private String itemIds() {
        List<Item> items = definition.items();
        return items.size() <= 12 ? String.join(", ", items.stream().map(Item::id).toList())
                : items.get(0).id() + " to " + items.get(items.size() - 1).id();
    }

    /** A linkId is an identifier, not an answer: named only under the echo rule. */
    private static String echo(String linkId) {
        return EchoRule.safe(linkId) ? "'" + linkId + "'" : EchoRule.PLACEHOLDER;
    }

    /** A weight read from an extension: a value, nothing, or present but not a number. */
    record Weight(BigDecimal value, boolean invalid) {
        static final Weight NONE = new Weight(null, false);
        static final List<String> URLS = List.of(Fhir.ITEM_WEIGHT, Fhir.ORDINAL_VALUE, Fhir.CO_VALUE);
        static final List<String> PROPERTIES = List.of("itemWeight", "ordinalValue", "weight");

        static Weight of(Element element) {
            if (element == null) {
                return NONE;
            }
            BigDecimal found = null;
            for (String url : URLS) {
                // Every repetition counts: an extension may be given twice (getExtensionByUrl would throw).
                for (org.hl7.fhir.r4.model.Extension e : element.getExtensionsByUrl(url)) {
                    BigDecimal v = number(e.getValue());
                    if (v == null) {
                        return new Weight(null, true);
                    }
                    if (found != null && found.compareTo(v) != 0) {
                        return new Weight(null, true);
                    }
                    found = v;
                }
            }
            return found == null ? NONE : new Weight(found, false);
        }

        /** A weight given as a CodeSystem concept property (itemWeight, ordinalValue or weight). */
        static Weight ofProperties(org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent concept) {
            BigDecimal found = null;
            for (org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent p : concept.getProperty()) {
                if (!PROPERTIES.contains(p.getCode())) {
                    continue;
                }
                BigDecimal v = number(p.getValue());
                if (v == null || (found != null && found.compareTo(v) != 0)) {
                    return new Weight(null, true);
                }
                found = v;
            }
            return found == null ? NONE : new Weight(found, false);
        }

        Weight or(Weight other) {
            if (invalid || value != null) {
                return this;
            }
            return other;
        }
    }
}
