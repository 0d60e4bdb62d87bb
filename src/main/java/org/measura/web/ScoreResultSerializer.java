package org.measura.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.CriterionResult;
import org.measura.scoring.FiredFlag;
import org.measura.scoring.NormScore;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;
import org.measura.scoring.UnassessedRisk;

/**
 * Writes a score answer field by field, exactly as Jackson's bean serialisation of the records would (same order,
 * same null handling, whole numbers without ".0"), without reflection: the answer is most of what a scoring request
 * costs. {@code ScoreResultSerializerTest} compares the two for every built-in instrument and many kinds of answer,
 * so a field added to a record and not here fails the build. The rarely present profile goes through Jackson. The
 * parts a built-in definition fixes are written by this same code once, at start, and copied from then on
 * ({@link AnswerFragments}).
 */
final class ScoreResultSerializer extends StdSerializer<ScoreResult> {

    private static final SerializableString INSTRUMENT = name("instrument");
    private static final SerializableString ID = name("id");
    private static final SerializableString ABBREVIATION = name("abbreviation");
    private static final SerializableString NAME = name("name");
    private static final SerializableString FORM_VERSION = name("formVersion");
    private static final SerializableString CODING = name("coding");
    private static final SerializableString SCALES = name("scales");
    private static final SerializableString SCORE = name("score");
    private static final SerializableString RANGE = name("range");
    private static final SerializableString MIN = name("min");
    private static final SerializableString MAX = name("max");
    private static final SerializableString DIRECTION = name("direction");
    private static final SerializableString LOINC = name("loinc");
    private static final SerializableString BAND = name("band");
    private static final SerializableString LABEL = name("label");
    private static final SerializableString CUTOFFS = name("cutoffs");
    private static final SerializableString VALUE = name("value");
    private static final SerializableString COMPARISON = name("comparison");
    private static final SerializableString REACHED = name("reached");
    private static final SerializableString ITEMS = name("items");
    private static final SerializableString ANSWERED = name("answered");
    private static final SerializableString MISSING_ITEMS = name("missingItems");
    private static final SerializableString PRORATED = name("prorated");
    private static final SerializableString PRORATING = name("prorating");
    private static final SerializableString NOT_SCORED_REASON = name("notScoredReason");
    private static final SerializableString NORMS = name("norms");
    private static final SerializableString SAMPLE = name("sample");
    private static final SerializableString ORIGIN = name("origin");
    private static final SerializableString MEAN = name("mean");
    private static final SerializableString SD = name("sd");
    private static final SerializableString N = name("n");
    private static final SerializableString SOURCE = name("source");
    private static final SerializableString Z = name("z");
    private static final SerializableString T = name("t");
    private static final SerializableString PERCENTILE = name("percentile");
    private static final SerializableString FLAGS = name("flags");
    private static final SerializableString MEANING = name("meaning");
    private static final SerializableString ITEM = name("item");
    private static final SerializableString CRITERIA = name("criteria");
    private static final SerializableString UNASSESSED_RISKS = name("unassessedRisks");
    private static final SerializableString FLAG = name("flag");
    private static final SerializableString FIRED = name("fired");
    private static final SerializableString STATEMENT = name("statement");
    private static final SerializableString STATUS = name("status");
    private static final SerializableString NOTES = name("notes");

    private final DefinitionStrings definitionStrings;
    private final AnswerFragments fragments;

    private ScoreResultSerializer(DefinitionStrings definitionStrings, AnswerFragments fragments) {
        super(ScoreResult.class);
        this.definitionStrings = definitionStrings;
        this.fragments = fragments;
    }

    /** @param factory the factory of the mapper this is registered with, configured as it writes */
    static ScoreResultSerializer of(DefinitionStrings definitionStrings, InstrumentCatalog catalog,
            JsonFactory factory) {
        ScoreResultSerializer fieldByField = new ScoreResultSerializer(definitionStrings, AnswerFragments.NONE);
        return new ScoreResultSerializer(definitionStrings,
                AnswerFragments.of(catalog, factory, fieldByField));
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    @Override
    public void serialize(ScoreResult result, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        AnswerFragments.InstrumentParts parts = fragments.instrument(g, result.instrument());
        if (parts != null) {
            g.writeFieldName(INSTRUMENT);
            g.writeRawValue(parts.object);
        } else if (result.instrument() != null) {
            g.writeFieldName(INSTRUMENT);
            instrumentRef(g, result.instrument());
        }
        if (result.coding() != null) {
            string(g, CODING, result.coding());
        }
        if (result.scales() != null) {
            g.writeFieldName(SCALES);
            g.writeStartArray();
            for (ScaleResult scale : result.scales()) {
                scale(g, scale, parts == null ? null : parts.scale(scale.id(), scale.name()));
            }
            g.writeEndArray();
        }
        if (result.flags() != null) {
            g.writeFieldName(FLAGS);
            g.writeStartArray();
            for (FiredFlag flag : result.flags()) {
                flag(g, flag, parts == null ? null : parts.flagHead(flag));
            }
            g.writeEndArray();
        }
        if (result.unassessedRisks() != null) {
            g.writeFieldName(UNASSESSED_RISKS);
            g.writeStartArray();
            for (UnassessedRisk risk : result.unassessedRisks()) {
                g.writeStartObject();
                known(g, FLAG, risk.flag());
                known(g, LABEL, risk.label());
                g.writeFieldName(ITEMS);
                if (risk.items() == null) {
                    g.writeNull();
                } else {
                    strings(g, risk.items());
                }
                g.writeFieldName(FIRED);
                g.writeBoolean(risk.fired());
                string(g, STATEMENT, risk.statement());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (result.criteria() != null) {
            g.writeFieldName(CRITERIA);
            g.writeStartArray();
            for (CriterionResult criterion : result.criteria()) {
                g.writeStartObject();
                known(g, ID, criterion.id());
                known(g, LABEL, criterion.label());
                known(g, MEANING, criterion.meaning());
                known(g, STATUS, criterion.status() == null ? null : criterion.status().wire());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (result.profile() != null) {
            provider.defaultSerializeField("profile", result.profile(), g);
        }
        if (result.notes() != null) {
            g.writeFieldName(NOTES);
            strings(g, result.notes());
        }
        g.writeEndObject();
    }

    void instrumentRef(JsonGenerator g, ScoreResult.InstrumentRef ref) throws IOException {
        g.writeStartObject();
        known(g, ID, ref.id());
        known(g, ABBREVIATION, ref.abbreviation());
        known(g, NAME, ref.name());
        known(g, FORM_VERSION, ref.formVersion());
        g.writeEndObject();
    }

    /** @param parts the definition's parts of this scale, or null */
    private void scale(JsonGenerator g, ScaleResult s, AnswerFragments.ScaleParts parts) throws IOException {
        g.writeStartObject();
        if (parts != null) {
            parts.idAndName.write(g);
        } else {
            idAndName(g, s.id(), s.name());
        }
        if (s.score() != null) {
            decimal(g, SCORE, s.score());
        }
        ScaleResult.ScaleFacts facts = s.facts();
        if (facts != null) {
            AnswerFragments.FieldRun known = parts == null ? null : parts.facts(facts);
            if (known != null) {
                known.write(g);
            } else {
                facts(g, facts);
            }
        }
        ScaleResult.Reading reading = s.reading();
        if (reading != null) {
            reading(g, reading, parts);
        }
        ScaleResult.Coverage coverage = s.coverage();
        if (coverage != null) {
            coverage(g, coverage);
        }
        if (s.notScoredReason() != null) {
            string(g, NOT_SCORED_REASON, s.notScoredReason());
        }
        if (s.norms() != null) {
            g.writeFieldName(NORMS);
            g.writeStartArray();
            for (NormScore norm : s.norms()) {
                norm(g, norm);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    void idAndName(JsonGenerator g, String id, String name) throws IOException {
        if (id != null) {
            known(g, ID, id);
        }
        if (name != null) {
            known(g, NAME, name);
        }
    }

    void facts(JsonGenerator g, ScaleResult.ScaleFacts facts) throws IOException {
        if (facts.range() != null) {
            g.writeFieldName(RANGE);
            g.writeStartObject();
            number(g, MIN, facts.range().min());
            number(g, MAX, facts.range().max());
            g.writeEndObject();
        }
        if (facts.direction() != null) {
            known(g, DIRECTION, facts.direction().wire());
        }
        if (facts.loinc() != null) {
            known(g, LOINC, facts.loinc());
        }
    }

    private void reading(JsonGenerator g, ScaleResult.Reading reading, AnswerFragments.ScaleParts parts)
            throws IOException {
        if (reading.band() != null) {
            g.writeFieldName(BAND);
            SerializableString known = parts == null ? null : parts.band(reading.band());
            if (known != null) {
                g.writeRawValue(known);
            } else {
                bandObject(g, reading.band());
            }
        }
        if (reading.cutoffs() != null) {
            g.writeFieldName(CUTOFFS);
            g.writeStartArray();
            for (ScaleResult.CutoffResult c : reading.cutoffs()) {
                SerializableString known = parts == null ? null : parts.cutoff(c);
                if (known != null) {
                    g.writeRawValue(known);
                } else {
                    cutoffObject(g, c);
                }
            }
            g.writeEndArray();
        }
    }

    void bandObject(JsonGenerator g, ScaleResult.BandResult band) throws IOException {
        g.writeStartObject();
        known(g, ID, band.id());
        known(g, LABEL, band.label());
        number(g, MIN, band.min());
        number(g, MAX, band.max());
        g.writeEndObject();
    }

    void cutoffObject(JsonGenerator g, ScaleResult.CutoffResult c) throws IOException {
        g.writeStartObject();
        if (c.id() != null) {
            known(g, ID, c.id());
        }
        if (c.label() != null) {
            known(g, LABEL, c.label());
        }
        number(g, VALUE, c.value());
        if (c.comparison() != null) {
            known(g, COMPARISON, c.comparison().wire());
        }
        g.writeFieldName(REACHED);
        g.writeBoolean(c.reached());
        g.writeEndObject();
    }

    private static void coverage(JsonGenerator g, ScaleResult.Coverage coverage) throws IOException {
        g.writeFieldName(ITEMS);
        g.writeNumber(coverage.items());
        g.writeFieldName(ANSWERED);
        g.writeNumber(coverage.answered());
        if (coverage.missingItems() != null) {
            g.writeFieldName(MISSING_ITEMS);
            strings(g, coverage.missingItems());
        }
        g.writeFieldName(PRORATED);
        g.writeBoolean(coverage.prorated());
        if (coverage.prorating() != null) {
            string(g, PRORATING, coverage.prorating());
        }
    }

    private static void norm(JsonGenerator g, NormScore norm) throws IOException {
        g.writeStartObject();
        if (norm.sample() != null) {
            string(g, SAMPLE, norm.sample());
        }
        if (norm.origin() != null) {
            string(g, ORIGIN, norm.origin());
        }
        number(g, MEAN, norm.mean());
        number(g, SD, norm.sd());
        if (norm.n() != null) {
            g.writeFieldName(N);
            g.writeNumber(norm.n());
        }
        if (norm.source() != null) {
            string(g, SOURCE, norm.source());
        }
        if (norm.z() != null) {
            decimal(g, Z, norm.z());
        }
        if (norm.t() != null) {
            decimal(g, T, norm.t());
        }
        if (norm.percentile() != null) {
            decimal(g, PERCENTILE, norm.percentile());
        }
        g.writeEndObject();
    }

    /** @param head the flag's id, label and meaning when they are the definition's, else null */
    private void flag(JsonGenerator g, FiredFlag flag, AnswerFragments.FieldRun head) throws IOException {
        g.writeStartObject();
        if (head != null) {
            head.write(g);
        } else {
            flagHead(g, flag);
        }
        g.writeFieldName(ITEMS);
        if (flag.items() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (FiredFlag.ItemValue item : flag.items()) {
                g.writeStartObject();
                known(g, ITEM, item.item());
                g.writeFieldName(VALUE);
                g.writeNumber(item.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    void flagHead(JsonGenerator g, FiredFlag flag) throws IOException {
        known(g, ID, flag.id());
        known(g, LABEL, flag.label());
        known(g, MEANING, flag.meaning());
    }

    /** A string field; null is written as null (the callers leave out fields their record omits when null). */
    private static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /**
     * A string field whose value usually comes from a definition: written from its encoded form when
     * {@link DefinitionStrings} holds it (the same bytes, without escaping it again), else as {@link #string}.
     */
    private void known(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        definitionStrings.write(g, value);
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void decimal(JsonGenerator g, SerializableString name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void number(JsonGenerator g, SerializableString name, double value) throws IOException {
        g.writeFieldName(name);
        JacksonConfig.writeDouble(g, value);
    }
}
