package org.measura.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.measura.catalog.Band;
import org.measura.catalog.BandSet;
import org.measura.catalog.Cutoff;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Rule;
import org.measura.catalog.Scale;
import org.measura.scoring.FiredFlag;
import org.measura.scoring.ScaleResult;
import org.measura.scoring.ScoreResult;

/**
 * The parts of a score answer that a built-in definition fixes (the instrument block, a scale's id and name and its
 * range, direction and LOINC code, each band, each cut-off with either verdict, a flag's id, label and meaning),
 * written once at start by {@link ScoreResultSerializer}'s own field-by-field code and copied as bytes from then on:
 * writing them field by field was most of the answer writer's time (docs/performance.md). A part is used only when
 * every value it holds equals the result's, so an answer reads the same either way, whatever definition it came from.
 */
final class AnswerFragments {

    static final AnswerFragments NONE = new AnswerFragments(Map.of());

    private final Map<String, InstrumentParts> byInstrumentId;

    private AnswerFragments(Map<String, InstrumentParts> byInstrumentId) {
        this.byInstrumentId = byInstrumentId;
    }

    /** One or more fields of an object, held as the first field's name and the encoded rest. */
    record FieldRun(SerializableString firstName, SerializableString rest) {

        void write(JsonGenerator g) throws IOException {
            g.writeFieldName(firstName);
            g.writeRawValue(rest);
        }
    }

    /** Writes fields into the object the generator is in. */
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    static AnswerFragments of(InstrumentCatalog catalog, JsonFactory factory, ScoreResultSerializer fieldByField) {
        Map<String, InstrumentParts> parts = new HashMap<>();
        for (InstrumentDefinition definition : catalog.all()) {
            parts.put(definition.id(), InstrumentParts.of(definition, factory, fieldByField));
        }
        return new AnswerFragments(parts);
    }

    /** The parts for the instrument an answer names, or null when it is not a built-in one exactly. */
    InstrumentParts instrument(JsonGenerator g, ScoreResult.InstrumentRef ref) {
        if (ref == null || ref.id() == null || g.getPrettyPrinter() != null) {
            return null;
        }
        InstrumentParts parts = byInstrumentId.get(ref.id());
        return parts != null && parts.ref.equals(ref) ? parts : null;
    }

    static final class InstrumentParts {
        final ScoreResult.InstrumentRef ref;
        final SerializableString object;
        private final Map<String, ScaleParts> scales;
        private final Map<String, FlagParts> flags;

        private InstrumentParts(ScoreResult.InstrumentRef ref, SerializableString object,
                Map<String, ScaleParts> scales, Map<String, FlagParts> flags) {
            this.ref = ref;
            this.object = object;
            this.scales = scales;
            this.flags = flags;
        }

        static InstrumentParts of(InstrumentDefinition d, JsonFactory factory, ScoreResultSerializer fieldByField) {
            ScoreResult.InstrumentRef ref = new ScoreResult.InstrumentRef(d.id(), d.abbreviation(), d.name(),
                    d.formVersion());
            Map<String, ScaleParts> scales = new HashMap<>();
            for (Scale scale : d.scales()) {
                scales.put(scale.id(), ScaleParts.of(scale, factory, fieldByField));
            }
            Map<String, FlagParts> flags = new HashMap<>();
            for (Rule rule : d.flags()) {
                FiredFlag head = new FiredFlag(rule.id(), rule.label(), rule.meaning(), null);
                flags.put(rule.id(), new FlagParts(head, fieldRun(factory, g -> fieldByField.flagHead(g, head))));
            }
            return new InstrumentParts(ref, value(factory, g -> fieldByField.instrumentRef(g, ref)), scales, flags);
        }

        /** The parts of a scale with this id and name, or null. */
        ScaleParts scale(String id, String name) {
            ScaleParts parts = id == null ? null : scales.get(id);
            return parts != null && Objects.equals(parts.name, name) ? parts : null;
        }

        /** The id, label and meaning of a fired flag, when they are the definition's. */
        FieldRun flagHead(FiredFlag flag) {
            FlagParts parts = flag.id() == null ? null : flags.get(flag.id());
            return parts != null && Objects.equals(parts.head.label(), flag.label())
                    && Objects.equals(parts.head.meaning(), flag.meaning()) ? parts.run : null;
        }
    }

    private record FlagParts(FiredFlag head, FieldRun run) {
    }

    static final class ScaleParts {
        final FieldRun idAndName;
        private final String name;
        private final ScaleResult.ScaleFacts facts;
        private final FieldRun factsRun;
        private final List<Encoded<ScaleResult.BandResult>> bands;
        /** Each cut-off twice: reached and not. */
        private final List<Encoded<ScaleResult.CutoffResult>> cutoffs;

        private ScaleParts(FieldRun idAndName, String name, ScaleResult.ScaleFacts facts, FieldRun factsRun,
                List<Encoded<ScaleResult.BandResult>> bands, List<Encoded<ScaleResult.CutoffResult>> cutoffs) {
            this.idAndName = idAndName;
            this.name = name;
            this.facts = facts;
            this.factsRun = factsRun;
            this.bands = bands;
            this.cutoffs = cutoffs;
        }

        static ScaleParts of(Scale scale, JsonFactory factory, ScoreResultSerializer fieldByField) {
            ScaleResult.ScaleFacts facts = ScaleResult.ScaleFacts.of(scale);
            List<Band> all = new ArrayList<>(scale.bands());
            for (BandSet set : scale.alternativeBands()) {
                all.addAll(set.bands());
            }
            List<Encoded<ScaleResult.BandResult>> bands = new ArrayList<>();
            for (Band band : all) {
                ScaleResult.BandResult result = ScaleResult.BandResult.of(band);
                bands.add(new Encoded<>(result, value(factory, g -> fieldByField.bandObject(g, result))));
            }
            List<Encoded<ScaleResult.CutoffResult>> cutoffs = new ArrayList<>();
            for (Cutoff cutoff : scale.cutoffs()) {
                for (boolean reached : new boolean[] {true, false}) {
                    ScaleResult.CutoffResult result = ScaleResult.CutoffResult.of(cutoff, reached);
                    cutoffs.add(new Encoded<>(result, value(factory, g -> fieldByField.cutoffObject(g, result))));
                }
            }
            return new ScaleParts(fieldRun(factory, g -> fieldByField.idAndName(g, scale.id(), scale.name())),
                    scale.name(), facts, fieldRun(factory, g -> fieldByField.facts(g, facts)), bands, cutoffs);
        }

        /** The range, direction and LOINC code when they are the definition's (null when they differ or are none). */
        FieldRun facts(ScaleResult.ScaleFacts written) {
            return factsRun != null && facts.equals(written) ? factsRun : null;
        }

        /** The band as an encoded object, when it is one of the definition's. */
        SerializableString band(ScaleResult.BandResult band) {
            return Encoded.find(bands, band);
        }

        /** The cut-off with its verdict as an encoded object, when it is one of the definition's. */
        SerializableString cutoff(ScaleResult.CutoffResult cutoff) {
            return Encoded.find(cutoffs, cutoff);
        }
    }

    /** A value of the definition's and the JSON object it is written as. */
    private record Encoded<T>(T value, SerializableString object) {

        static <T> SerializableString find(List<Encoded<T>> encoded, T value) {
            for (Encoded<T> each : encoded) {
                if (each.value.equals(value)) {
                    return each.object;
                }
            }
            return null;
        }
    }

    /** What {@code writer} writes as one JSON value, encoded. */
    private static SerializableString value(JsonFactory factory, Fields writer) {
        return new SerializedString(render(factory, writer));
    }

    /** What {@code fields} write inside an object, as a {@link FieldRun}; null when they write no field. */
    private static FieldRun fieldRun(JsonFactory factory, Fields fields) {
        String object = render(factory, g -> {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        });
        if (object.equals("{}")) {
            return null;
        }
        // {"name":rest}: the answer's field names are plain ASCII words, never escaped
        int nameEnd = object.indexOf('"', 2);
        return new FieldRun(new SerializedString(object.substring(2, nameEnd)),
                new SerializedString(object.substring(nameEnd + 2, object.length() - 1)));
    }

    private static String render(JsonFactory factory, Fields writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(bytes)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
