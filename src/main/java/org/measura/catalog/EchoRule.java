package org.measura.catalog;

import java.util.regex.Pattern;

/**
 * When an error may name an identifier the caller chose (a field name, item id, FHIR linkId, measure or sample id):
 * only when it matches {@value #SAFE}, short and free of markup, quotes, spaces and control characters. Anything else
 * is shown as {@value #PLACEHOLDER}; the error's location (a JSON Pointer's array indices, a FHIRPath) still says
 * where it is. See docs/security.md, "Echo rule".
 */
public final class EchoRule {

    public static final String SAFE = "[A-Za-z0-9._:/-]{1,64}";
    public static final String PLACEHOLDER = "(not shown)";

    private static final Pattern SAFE_PATTERN = Pattern.compile(SAFE);

    private EchoRule() {
    }

    public static boolean safe(String id) {
        return id != null && SAFE_PATTERN.matcher(id).matches();
    }

    /** The identifier itself when it is safe to name, else the placeholder. */
    public static String shown(String id) {
        return safe(id) ? id : PLACEHOLDER;
    }
}
