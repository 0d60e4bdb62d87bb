package org.measura.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.measura.fault.JsonFault;

/**
 * Reads and writes FHIR R4 JSON with one shared {@link FhirContext} (thread-safe; parsers are made per call).
 * Reading is ours end to end: the body is first checked as strict JSON (so a repeated key is refused, as on the plain
 * API), then parsed by HAPI with an error handler that collects faults instead of logging them, because HAPI's own
 * messages quote the values sent.
 */
public final class FhirJson {

    /** Deep enough for nested groups inside a Bundle inside Parameters; HAPI alone would accept 1,000 levels. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The plain JSON API's string limit (measura.json.max-string-length), which FHIR bodies share. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 20_000;
    /** FHIR R4's {@code id} type: 1 to 64 letters, digits, '-' and '.' (https://hl7.org/fhir/R4/datatypes.html#id). */
    static final java.util.regex.Pattern FHIR_ID = java.util.regex.Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final ObjectMapper strict;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final FhirContext context;

    public FhirJson() {
        this(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH);
    }

    /**
     * @param maxNestingDepth the deepest nesting of objects and arrays a body may have (measura.fhir.max-nesting-depth)
     * @param maxStringLength the longest string a body may hold (measura.json.max-string-length)
     */
    public FhirJson(int maxNestingDepth, int maxStringLength) {
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth).maxStringLength(maxStringLength).build());
        this.context = FhirContext.forR4();
    }

    /** A parsed resource and the harmless faults met on the way (elements unknown to R4, which are ignored). */
    public record Parsed(Resource resource, List<FhirIssue> warnings) {
    }

    public String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /** The first parse builds HAPI's model of every resource type and takes seconds; do it before taking traffic. */
    public void warm() {
        Parsed parsed = parse("""
                {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "item": [{"linkId": "1", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6568-5"}}]}]}""");
        encode(parsed.resource());
        encode(Outcomes.of(List.of(FhirIssue.information("warm-up", null))));
    }

    /** @throws FhirException (400) when the body is not JSON, not a FHIR R4 resource, or holds invalid values */
    public Parsed parse(String body) {
        JsonNode tree = tree(body);
        JsonNode type = tree.get("resourceType");
        if (type == null || !type.isTextual()) {
            throw FhirException.of(400, IssueType.REQUIRED, "The body has no resourceType: send a FHIR resource "
                    + "(for $score a QuestionnaireResponse, for $trend a Bundle, or for either a Parameters "
                    + "resource).", null);
        }
        if (!context.getResourceTypes().contains(type.textValue())) {
            throw FhirException.of(400, IssueType.STRUCTURE, "The resourceType is not a FHIR R4 resource type.",
                    null);
        }
        Collector collector = new Collector(tree, type.textValue());
        // A resource's id is its own: HAPI would otherwise replace it with the Bundle entry's fullUrl.
        IParser parser = context.newJsonParser().setParserErrorHandler(collector)
                .setOverrideResourceIdWithBundleEntryFullUrl(false);
        IBaseResource resource;
        try {
            resource = parser.parseResource(body);
        } catch (DataFormatException | IllegalArgumentException | NullPointerException
                | IndexOutOfBoundsException | ClassCastException e) {
            // HAPI's message may quote the body; say only that it could not be read. Some shapes it does not expect
            // (an empty element name, an extension that is not an object, a contained resource without a type) make
            // it fail with a NullPointerException or an index error rather than a DataFormatException.
            throw FhirException.of(400, IssueType.STRUCTURE, "The body could not be read as a FHIR R4 resource.",
                    null);
        }
        if (!collector.errors.isEmpty()) {
            throw new FhirException(400, collector.errors);
        }
        List<FhirIssue> warnings = new ArrayList<>();
        if (!collector.unknown.isEmpty()) {
            warnings.add(FhirIssue.warning(IssueType.STRUCTURE, "Elements that are not part of FHIR R4 were ignored: "
                    + String.join(", ", collector.unknown) + ".", null));
        }
        return new Parsed((Resource) resource, warnings);
    }

    private JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw FhirException.of(400, IssueType.STRUCTURE, "The body is empty: send a FHIR resource as JSON.",
                    null);
        }
        JsonNode tree;
        try {
            tree = strict.readTree(body);
        } catch (JsonParseException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            boolean duplicate = JsonFault.of(e) == JsonFault.DUPLICATE_FIELD;
            throw FhirException.of(400, IssueType.STRUCTURE, duplicate
                    ? "The body repeats a field name" + where + "; each field may appear once."
                    : "The body is not valid JSON" + where + ".", null);
        } catch (StreamConstraintsException e) {
            JsonFault fault = JsonFault.of(e);
            throw FhirException.of(400, IssueType.TOOCOSTLY, fault == JsonFault.NESTING_TOO_DEEP
                    ? "The body nests objects and arrays deeper than " + maxNestingDepth
                            + " levels (measura.fhir.max-nesting-depth)."
                    : fault == JsonFault.STRING_TOO_LONG ? "The body holds a string longer than "
                            + maxStringLength + " characters (measura.json.max-string-length)."
                    : "The body exceeds a JSON limit.", null);
        } catch (JsonProcessingException e) {
            throw FhirException.of(400, IssueType.STRUCTURE, "The body is not valid JSON.", null);
        }
        if (tree == null || !tree.isObject()) {
            throw FhirException.of(400, IssueType.STRUCTURE, "The body must be a JSON object: a FHIR resource.", null);
        }
        List<FhirIssue> badIds = new ArrayList<>();
        resourceIds(tree, tree.path("resourceType").asText("Resource"), badIds);
        if (!badIds.isEmpty()) {
            throw new FhirException(400, badIds);
        }
        return tree;
    }

    /** Every resource's id (an object with a resourceType) must be of FHIR's id type; the id itself is not repeated. */
    private static void resourceIds(JsonNode node, String path, List<FhirIssue> faults) {
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && node.has("resourceType") && !(id.isTextual() && FHIR_ID.matcher(id.textValue()).matches())) {
                faults.add(FhirIssue.error(IssueType.VALUE, "A resource id must be of FHIR's id type: 1 to 64 letters, "
                        + "digits, '-' and '.'.", path + ".id"));
            }
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isContainerNode()) {
                    resourceIds(field.getValue(), path + "." + org.measura.catalog.EchoRule.shown(field.getKey()),
                            faults);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                resourceIds(node.get(i), path + "[" + i + "]", faults);
            }
        }
    }

    /** Collects HAPI's parse faults, located in the JSON tree as FHIRPath, without keeping the values. */
    private static final class Collector extends ErrorHandlerAdapter {
        private static final int MAX_NAME = 64;
        private final JsonNode tree;
        private final String root;
        private final List<FhirIssue> errors = new ArrayList<>();
        private final Set<String> unknown = new LinkedHashSet<>();

        Collector(JsonNode tree, String root) {
            this.tree = tree;
            this.root = root;
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            String element = location == null ? null : location.getParentElementName();
            String at = element == null ? null
                    : JsonLocator.find(tree, root, element, n -> n.isValueNode() && n.asText().equals(value));
            errors.add(FhirIssue.error(IssueType.VALUE, (element == null ? "A value" : "The value of " + safe(element))
                    + " is not valid for its FHIR R4 type.", at));
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String element, BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            errors.add(FhirIssue.error(IssueType.STRUCTURE, safe(element) + " has the wrong JSON type (expected "
                    + describe(expected, expectedScalar) + ").", JsonLocator.find(tree, root, element, n -> true)));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String element) {
            errors.add(FhirIssue.error(IssueType.STRUCTURE, safe(element) + " must not be an array.",
                    JsonLocator.find(tree, root, element, JsonNode::isArray)));
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String element) {
            errors.add(FhirIssue.error(IssueType.REQUIRED, "A required element is missing: " + safe(element) + ".",
                    null));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            errors.add(FhirIssue.error(IssueType.STRUCTURE, "An extension has both a value and nested extensions.",
                    null));
        }

        @Override
        public void unknownElement(IParseLocation location, String element) {
            unknown.add(safe(element));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attribute) {
            unknown.add(safe(attribute));
        }

        private static String describe(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
            if (type == BaseJsonLikeValue.ValueType.SCALAR && scalar != null) {
                return scalar.name().toLowerCase(java.util.Locale.ROOT);
            }
            return type == null ? "another type" : type.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Element names are keys of the body, not values; still, only plain short names are repeated back. */
        private static String safe(String name) {
            if (name == null || name.length() > MAX_NAME || !name.matches("[A-Za-z0-9_\\-\\[\\]]+")) {
                return "an element";
            }
            return "'" + name + "'";
        }
    }
}
