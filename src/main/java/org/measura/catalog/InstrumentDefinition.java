package org.measura.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * One questionnaire as data: what is asked (item numbers and our own short labels, never the wording),
 * how answers are coded, how scales are formed and read, and where every figure comes from.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InstrumentDefinition(
        String id,
        String abbreviation,
        String name,
        String formVersion,
        String description,
        Licence licence,
        List<Source> sources,
        String loincPanel,
        ResponseScale responses,
        List<Item> items,
        List<UnscoredItem> unscoredItems,
        List<String> reverseKeyed,
        String reverseKeyedSource,
        List<Coding> codings,
        List<Scale> scales,
        List<Rule> flags,
        List<Rule> criteria,
        Profile profile) {

    public InstrumentDefinition {
        sources = listOrEmpty(sources);
        items = listOrEmpty(items);
        unscoredItems = listOrEmpty(unscoredItems);
        reverseKeyed = listOrEmpty(reverseKeyed);
        codings = listOrEmpty(codings);
        scales = listOrEmpty(scales);
        flags = listOrEmpty(flags);
        criteria = listOrEmpty(criteria);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** An item on the form that no scale uses, by id. */
    public Optional<UnscoredItem> unscoredItem(String itemId) {
        return unscoredItems.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Scale> scale(String scaleId) {
        return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    public Optional<Coding> coding(String codingId) {
        return codings.stream().filter(c -> c.id().equals(codingId)).findFirst();
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
