package org.measura.charts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Element ids for one SVG document. Instrument and scale ids of caller-defined measures are free text, so every id
 * is reduced to lower-case letters, digits and hyphens (JFreeSVG writes ids unescaped) and made unique.
 */
final class ElementIds {

    private final Set<String> used = new HashSet<>();

    String id(String... parts) {
        String base = slug(String.join("-", parts));
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "x-" + slug;
        }
        return slug;
    }
}
