package org.measura.fhir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.hl7.fhir.r4.model.OperationDefinition.OperationDefinitionParameterComponent;
import org.hl7.fhir.r4.model.OperationDefinition.OperationParameterUse;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.measura.catalog.Band;
import org.measura.catalog.Cutoff;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.ResponseOption;
import org.measura.catalog.Rule;
import org.measura.catalog.Scale;
import org.measura.scoring.CriterionStatus;
import org.measura.trends.Category;
import org.measura.trends.ChangeStatus;
import org.measura.trends.FigureName;
import org.measura.trends.Phase;
import org.measura.trends.ReliableChangeMethod;

/**
 * Everything our answers name, served: the CodeSystems of our codes, the ValueSet and StructureDefinitions of our
 * extensions, and the OperationDefinitions of $score and $trend. Each canonical URL is {base}/{type}/{id}, so it
 * resolves where the service runs. Built once from the catalog; the resources are never modified after.
 */
public final class FhirDefinitions {

    /** The types served, as FHIR names them in paths. */
    public enum Type {
        CODE_SYSTEM("CodeSystem"), VALUE_SET("ValueSet"), STRUCTURE_DEFINITION("StructureDefinition"),
        OPERATION_DEFINITION("OperationDefinition");

        private final String fhirName;

        Type(String fhirName) {
            this.fhirName = fhirName;
        }

        public String fhirName() {
            return fhirName;
        }
    }


    private final Canonicals canonicals;
    private final Date published;
    private final String version;
    private final Map<Type, Map<String, MetadataResource>> byType = new LinkedHashMap<>();

    public FhirDefinitions(Collection<InstrumentDefinition> catalog, Canonicals canonicals, Date published,
            String version) {
        this.canonicals = canonicals;
        this.published = published;
        this.version = version;
        for (Type t : Type.values()) {
            byType.put(t, new LinkedHashMap<>());
        }
        codeSystems(catalog).forEach(cs -> put(Type.CODE_SYSTEM, cs));
        put(Type.VALUE_SET, phaseValueSet());
        put(Type.STRUCTURE_DEFINITION, phaseExtension());
        put(Type.STRUCTURE_DEFINITION, sessionExtension());
        put(Type.OPERATION_DEFINITION, scoreOperation());
        put(Type.OPERATION_DEFINITION, trendOperation());
    }

    public Optional<MetadataResource> find(Type type, String id) {
        return Optional.ofNullable(byType.get(type).get(id));
    }

    /** The resources of one type, in a stable order. */
    public List<MetadataResource> all(Type type) {
        return List.copyOf(byType.get(type).values());
    }

    private void put(Type type, MetadataResource resource) {
        resource.setUrl(canonicals.base() + "/" + type.fhirName() + "/" + resource.getIdElement().getIdPart());
        resource.setVersion(version);
        resource.setStatus(Enumerations.PublicationStatus.ACTIVE);
        resource.setDate(published);
        resource.setPublisher("Measura");
        byType.get(type).put(resource.getIdElement().getIdPart(), resource);
    }

    // ---- CodeSystems

    private List<CodeSystem> codeSystems(Collection<InstrumentDefinition> catalog) {
        List<CodeSystem> out = new ArrayList<>();
        CodeSystem scales = codeSystem("scales", "MeasuraScales", "Measura scales",
                "The scales we score, as {instrument}-{scale}; the code of every score Observation.");
        CodeSystem bands = codeSystem("bands", "MeasuraBands", "Measura severity bands",
                "The severity bands of our scales, as {instrument}-{scale}-{band}; a score Observation's "
                        + "interpretation.");
        CodeSystem cutoffs = codeSystem("cutoffs", "MeasuraCutoffs", "Measura cut-offs",
                "The published cut-offs of our scales, as {instrument}-{scale}-{cut-off}; components of a score "
                        + "Observation, true when reached.");
        CodeSystem flags = codeSystem("flags", "MeasuraFlags", "Measura flags",
                "Answers that need a clinician's attention whatever the score, as {instrument}-{flag}; the code of a "
                        + "flag Observation.");
        CodeSystem criteria = codeSystem("criteria", "MeasuraCriteria", "Measura criteria",
                "Provisional-diagnosis and similar rules, as {instrument}-{criterion}; the code of a criterion "
                        + "Observation.");
        CodeSystem items = codeSystem("items", "MeasuraItems", "Measura items",
                "The items of our instruments, as {instrument}-{item}, with our own short labels (never the "
                        + "item's wording); components of a flag Observation.");
        for (InstrumentDefinition d : catalog) {
            for (Scale s : d.scales()) {
                concept(scales, d.id() + "-" + s.id(), s.name());
                for (Band b : s.bands()) {
                    concept(bands, d.id() + "-" + s.id() + "-" + b.id(), b.label());
                }
                for (Cutoff c : s.cutoffs()) {
                    concept(cutoffs, d.id() + "-" + s.id() + "-" + c.id(), c.label());
                }
            }
            for (Rule f : d.flags()) {
                concept(flags, d.id() + "-" + f.id(), f.label());
            }
            for (Rule c : d.criteria()) {
                concept(criteria, d.id() + "-" + c.id(), c.label());
            }
            for (Item i : d.items()) {
                concept(items, d.id() + "-" + i.id(), i.label());
            }
        }
        out.addAll(List.of(scales, bands, cutoffs, flags, criteria, items));
        CodeSystem status = codeSystem("criterion-status", "MeasuraCriterionStatus", "Measura criterion status",
                "Whether a criterion is met, not met, or undetermined (unanswered items could still decide it).");
        for (CriterionStatus s : CriterionStatus.values()) {
            concept(status, s.wire(), s.wire());
        }
        out.add(status);
        for (InstrumentDefinition d : catalog) {
            answers(d).ifPresent(out::add);
        }
        CodeSystem trend = codeSystem("trend", "MeasuraTrend", "Measura trend concepts",
                "$trend's own concepts: the comparisons, the components of a change Observation and the findings "
                        + "of follow-up and of the NHS Talking Therapies paired outcome.");
        TrendConcepts.ALL.forEach((code, display) -> concept(trend, code, display));
        out.add(trend);
        CodeSystem methods = codeSystem("reliable-change-methods", "MeasuraReliableChangeMethods",
                "Measura reliable-change methods", "The reliable-change methods $trend applies.");
        for (ReliableChangeMethod m : ReliableChangeMethod.values()) {
            concept(methods, m.wire(), m.label());
        }
        out.add(methods);
        CodeSystem changeStatus = codeSystem("reliable-change-status", "MeasuraReliableChangeStatus",
                "Measura reliable-change status", "The verdict of a reliable-change test.");
        for (ChangeStatus s : ChangeStatus.values()) {
            concept(changeStatus, s.wire(), s.words());
        }
        out.add(changeStatus);
        CodeSystem significance = codeSystem("clinical-significance", "MeasuraClinicalSignificance",
                "Measura clinical significance", "Jacobson and Truax's categories of clinically significant change.");
        for (Category c : Category.values()) {
            concept(significance, c.wire(), c.wire());
        }
        out.add(significance);
        CodeSystem phase = codeSystem("phase", "MeasuraPhase", "Measura treatment phase",
                "The phase of treatment an administration belongs to (the phase extension).");
        for (Phase p : Phase.values()) {
            concept(phase, p.wire(), p.wire());
        }
        out.add(phase);
        return out;
    }

    /** Our answer codes of one instrument (the value printed on the form), where any printed value lacks LOINC's. */
    private Optional<CodeSystem> answers(InstrumentDefinition d) {
        Map<Integer, ResponseOption> options = new LinkedHashMap<>();
        d.responses().options().forEach(o -> options.put(o.value(), o));
        boolean needed = false;
        for (int v = d.responses().min(); v <= d.responses().max(); v++) {
            ResponseOption o = options.get(v);
            needed |= o == null || o.loinc() == null;
        }
        if (!needed) {
            return Optional.empty();
        }
        CodeSystem cs = codeSystem(d.id() + "-answers", QuestionnaireFactory.computableName(d) + "Answers",
                d.abbreviation() + " answers", "The answers printed on the " + d.abbreviation() + " form: each "
                        + "code is the value printed on the form, with our own short label.");
        for (int v = d.responses().min(); v <= d.responses().max(); v++) {
            ResponseOption o = options.get(v);
            concept(cs, Integer.toString(v), o == null || o.label() == null ? Integer.toString(v) : o.label());
        }
        return Optional.of(cs);
    }

    private CodeSystem codeSystem(String id, String name, String title, String description) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setName(name);
        cs.setTitle(title);
        cs.setDescription(description);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        cs.setCaseSensitive(true);
        cs.setExperimental(false);
        Narratives.set(cs, title + ": " + description);
        return cs;
    }

    private static void concept(CodeSystem cs, String code, String display) {
        if (cs.getConcept().stream().noneMatch(c -> c.getCode().equals(code))) {
            cs.addConcept().setCode(code).setDisplay(display);
        }
        cs.setCount(cs.getConcept().size());
    }

    // ---- The phase and session extensions

    private ValueSet phaseValueSet() {
        ValueSet vs = new ValueSet();
        vs.setId("phase");
        vs.setName("MeasuraPhase");
        vs.setTitle("Measura treatment phase");
        vs.setDescription("Every code of " + canonicals.base() + "/CodeSystem/phase; the values of the phase "
                + "extension.");
        vs.setExperimental(false);
        vs.getCompose().addInclude().setSystem(canonicals.base() + "/CodeSystem/phase");
        Narratives.set(vs, vs.getTitle() + ": " + vs.getDescription());
        return vs;
    }

    private StructureDefinition phaseExtension() {
        StructureDefinition sd = extension("phase", "MeasuraPhaseExtension", "Phase of treatment",
                "The phase of treatment an administration belongs to: baseline, treatment, termination or "
                        + "follow-up. On a QuestionnaireResponse or score Observation sent to $trend, and on the "
                        + "Observations it writes.", "code");
        sd.getDifferential().getElement().get(sd.getDifferential().getElement().size() - 1).getBinding()
                .setStrength(Enumerations.BindingStrength.REQUIRED)
                .setValueSet(canonicals.base() + "/ValueSet/phase");
        return sd;
    }

    private StructureDefinition sessionExtension() {
        return extension("session", "MeasuraSessionExtension", "Session number",
                "The number of the treatment session (0 or more) at which an administration was taken; gaps are "
                        + "missed sessions. On a QuestionnaireResponse or score Observation sent to $trend, and on the "
                        + "Observations it writes.", "integer");
    }

    private StructureDefinition extension(String id, String name, String title, String description,
            String valueType) {
        StructureDefinition sd = new StructureDefinition();
        sd.setId(id);
        sd.setName(name);
        sd.setTitle(title);
        sd.setDescription(description);
        sd.setExperimental(false);
        sd.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
        sd.setAbstract(false);
        sd.setType("Extension");
        sd.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
        sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        for (String context : List.of("QuestionnaireResponse", "Observation")) {
            sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression(context);
        }
        List<ElementDefinition> elements = sd.getDifferential().getElement();
        elements.add(new ElementDefinition().setPath("Extension").setShort(title).setDefinition(description)
                .setMin(0).setMax("1"));
        elements.get(0).setId("Extension");
        ElementDefinition nested = new ElementDefinition().setPath("Extension.extension").setMax("0");
        nested.setId("Extension.extension");
        elements.add(nested);
        ElementDefinition url = new ElementDefinition().setPath("Extension.url");
        url.setId("Extension.url");
        url.setFixed(new UriType(canonicals.base() + "/StructureDefinition/" + id));
        elements.add(url);
        ElementDefinition value = new ElementDefinition().setPath("Extension.value[x]").setMin(1);
        value.setId("Extension.value[x]");
        value.addType().setCode(valueType);
        elements.add(value);
        Narratives.set(sd, title + ": " + description);
        return sd;
    }

    // ---- The operations

    private OperationDefinition scoreOperation() {
        OperationDefinition op = operation("QuestionnaireResponse-score", "Score", "score",
                "Scores one QuestionnaireResponse of a built-in instrument with the published key. POST the "
                        + "QuestionnaireResponse itself, or Parameters with response and optionally questionnaire "
                        + "(the Questionnaire it answers, whose item codes and answer weights are read; never "
                        + "fetched) and instrument (an instrument id). Answers a Bundle (collection) of one "
                        + "Observation per scored scale, flag and criterion, then an OperationOutcome.");
        op.addResource("QuestionnaireResponse");
        op.setSystem(false).setType(true).setInstance(false);
        param(op, OperationParameterUse.IN, "response", 1, "1", "QuestionnaireResponse",
                "The response to score.");
        param(op, OperationParameterUse.IN, "questionnaire", 0, "1", "Questionnaire",
                "The Questionnaire the response answers (SDC forms): items are matched by item code, answer weights "
                        + "read from ordinalValue, itemWeight or a contained ValueSet, each checked against the "
                        + "published key.");
        param(op, OperationParameterUse.IN, "instrument", 0, "1", "string",
                "The instrument id (as GET /fhir/Questionnaire lists them), where the response does not say.");
        param(op, OperationParameterUse.OUT, "return", 1, "1", "Bundle",
                "A collection Bundle, returned as the response body itself (not wrapped in Parameters).");
        return op;
    }

    private OperationDefinition trendOperation() {
        OperationDefinition op = operation("trend", "Trend", "trend",
                "Trend analysis of one client's QuestionnaireResponses and score Observations: reliable and "
                        + "clinically significant change, follow-up and the NHS Talking Therapies paired outcome. "
                        + "POST the Bundle itself, or Parameters with bundle and options. Answers a Bundle "
                        + "(collection) of the score Observations, one change Observation per comparison, the "
                        + "follow-up findings and an OperationOutcome.");
        op.setSystem(true).setType(false).setInstance(false);
        param(op, OperationParameterUse.IN, "bundle", 1, "1", "Bundle",
                "The client's QuestionnaireResponses and score Observations (at most 500 entries).");
        param(op, OperationParameterUse.IN, "method", 0, "1", "code",
                "A reliable-change method of " + canonicals.base() + "/CodeSystem/reliable-change-methods.");
        param(op, OperationParameterUse.IN, "criticalValue", 0, "1", "decimal",
                "The critical value of the reliable-change index (default 1.96).");
        param(op, OperationParameterUse.IN, "cutoffType", 0, "1", "code",
                "Jacobson and Truax's cut-off a, b or c.");
        OperationDefinitionParameterComponent measure = param(op, OperationParameterUse.IN, "measure", 0, "*",
                null, "Figures for one built-in scale overriding the definition's for this request.");
        part(measure, "instrument", 1, "code", "The instrument id, such as phq9.");
        part(measure, "scale", 0, "code", "The scale id (default total).");
        for (FigureName figure : FigureName.decimals()) {
            part(measure, figure.wire(), 0, "decimal", "The " + figure.wire() + " figure.");
        }
        part(measure, FigureName.CUTOFF_COMPARISON.wire(), 0, "code",
                "How the cut-off is compared (at-or-above, ...).");
        part(measure, FigureName.RELIABLE_CHANGE_INCLUSIVE.wire(), 0, "boolean",
                "Whether a change equal to the threshold counts.");
        param(op, OperationParameterUse.OUT, "return", 1, "1", "Bundle",
                "A collection Bundle, returned as the response body itself (not wrapped in Parameters).");
        return op;
    }

    private OperationDefinition operation(String id, String name, String code, String description) {
        OperationDefinition op = new OperationDefinition();
        op.setId(id);
        op.setName(name);
        op.setTitle("$" + code);
        op.setKind(OperationDefinition.OperationKind.OPERATION);
        op.setCode(code);
        op.setDescription(description);
        op.setAffectsState(false);
        op.setExperimental(false);
        Narratives.set(op, "$" + code + ": " + description);
        return op;
    }

    private static OperationDefinitionParameterComponent param(OperationDefinition op, OperationParameterUse use,
            String name, int min, String max, String type, String documentation) {
        OperationDefinitionParameterComponent p = op.addParameter().setName(name).setUse(use).setMin(min).setMax(max)
                .setDocumentation(documentation);
        if (type != null) {
            p.setType(type);
        }
        return p;
    }

    private static void part(OperationDefinitionParameterComponent parent, String name, int min, String type,
            String documentation) {
        parent.addPart().setName(name).setUse(OperationParameterUse.IN).setMin(min).setMax("1").setType(type)
                .setDocumentation(documentation);
    }
}
