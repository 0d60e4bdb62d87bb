package org.measura.fhir;

import java.util.Collection;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.ResponseOption;
import org.measura.catalog.ResponseScale;
import org.measura.catalog.UnscoredItem;

/**
 * A Questionnaire generated from an instrument definition: our item labels (never the item wording), one answer
 * option per value printed on the form carrying that value as its weight, LOINC codes where the definition has
 * them, and our own canonical URL.
 */
public final class QuestionnaireFactory {
    private QuestionnaireFactory() {
    }

    public static Questionnaire of(InstrumentDefinition definition, Canonicals canonicals) {
        Questionnaire q = new Questionnaire();
        q.setId(definition.id());
        q.setUrl(canonicals.questionnaire(definition.id()));
        q.setName(computableName(definition));
        q.setTitle(definition.abbreviation() + ": " + definition.name());
        q.setStatus(PublicationStatus.ACTIVE);
        q.addSubjectType("Patient");
        q.setDescription(description(definition));
        if (definition.licence() != null && definition.licence().terms() != null) {
            q.setCopyright(definition.licence().terms());
        }
        if (definition.loincPanel() != null) {
            q.addCode(new Coding(Fhir.LOINC, definition.loincPanel(), null));
        }
        for (Item item : definition.items()) {
            q.addItem(item(definition, item, canonicals));
        }
        for (UnscoredItem item : definition.unscoredItems()) {
            q.addItem(unscored(item));
        }
        return q;
    }

    /** Every built-in Questionnaire (or those whose url is {@code url}) as a search result. */
    public static Bundle searchset(Collection<InstrumentDefinition> definitions, Canonicals canonicals,
            String serverBase, String self, String url) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(self);
        List<Questionnaire> matches = definitions.stream().map(d -> of(d, canonicals))
                .filter(q -> url == null || q.getUrl().equals(url.split("\\|", 2)[0])).toList();
        bundle.setTotal(matches.size());
        for (Questionnaire q : matches) {
            bundle.addEntry().setFullUrl(serverBase + "Questionnaire/" + q.getIdElement().getIdPart()).setResource(q)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static QuestionnaireItemComponent item(InstrumentDefinition definition, Item item, Canonicals canonicals) {
        QuestionnaireItemComponent q = new QuestionnaireItemComponent()
                .setLinkId(item.id())
                .setPrefix(item.id())
                .setText(item.label())
                .setType(Questionnaire.QuestionnaireItemType.CHOICE);
        if (item.loinc() != null) {
            q.addCode(new Coding(Fhir.LOINC, item.loinc(), null));
        }
        ResponseScale scale = definition.responses();
        for (int value = scale.min(); value <= scale.max(); value++) {
            q.addAnswerOption().setValue(answer(definition, value, canonicals));
        }
        return q;
    }

    /** An item no scale uses: its LOINC codes and answer codes, and no weights (none is published or used). */
    private static QuestionnaireItemComponent unscored(UnscoredItem item) {
        QuestionnaireItemComponent q = new QuestionnaireItemComponent()
                .setLinkId(item.id())
                .setPrefix(item.id())
                .setText(item.label() + " (not scored)")
                .setType(Questionnaire.QuestionnaireItemType.CHOICE);
        item.loinc().forEach(code -> q.addCode(new Coding(Fhir.LOINC, code, null)));
        for (UnscoredItem.Answer answer : item.answers()) {
            q.addAnswerOption().setValue(answer.loinc() == null ? new Coding().setDisplay(answer.label())
                    : new Coding(Fhir.LOINC, answer.loinc(), answer.label()));
        }
        return q;
    }

    /** The coding of one printed value: its LOINC answer code where known, else our own code (the value itself). */
    static Coding answer(InstrumentDefinition definition, int value, Canonicals canonicals) {
        ResponseOption option = definition.responses().options().stream().filter(o -> o.value() == value)
                .findFirst().orElse(null);
        String label = option == null || option.label() == null ? Integer.toString(value) : option.label();
        Coding coding = option != null && option.loinc() != null
                ? new Coding(Fhir.LOINC, option.loinc(), label)
                : new Coding(canonicals.answers(definition.id()), Integer.toString(value), label);
        coding.addExtension(Fhir.ITEM_WEIGHT, new DecimalType(value));
        coding.addExtension(Fhir.ORDINAL_VALUE, new DecimalType(value));
        return coding;
    }

    private static String description(InstrumentDefinition definition) {
        StringBuilder text = new StringBuilder();
        if (definition.description() != null) {
            text.append(definition.description()).append(' ');
        }
        text.append("Generated by Measura from its definition of the ").append(definition.abbreviation())
                .append(" (GET /instruments/").append(definition.id()).append(" has the sources). Item texts are our ")
                .append("own short labels, not the form's wording. Each answer's weight (itemWeight, ordinalValue) is ")
                .append("the value printed on the form");
        if (!definition.reverseKeyed().isEmpty()) {
            text.append("; items ").append(String.join(", ", definition.reverseKeyed()))
                    .append(" are reverse-keyed when scored");
        }
        if (!definition.unscoredItems().isEmpty()) {
            text.append("; items ").append(String.join(", ", definition.unscoredItems().stream()
                    .map(UnscoredItem::id).toList())).append(" are on the form but not part of any score");
        }
        text.append(". Score a response with POST /fhir/QuestionnaireResponse/$score.");
        return text.toString();
    }

    /** FHIR's name must look like a programming-language identifier. */
    static String computableName(InstrumentDefinition definition) {
        String name = definition.abbreviation().replaceAll("[^A-Za-z0-9]", "");
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            name = "Q" + name;
        }
        return name;
    }
}
