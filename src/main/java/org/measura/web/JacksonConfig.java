package org.measura.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.measura.catalog.InstrumentCatalog;
import org.measura.scoring.ScoreResult;

/**
 * Strict reading (unknown fields and repeated keys are errors, not silently dropped; limits on nesting, number and
 * string length; figures within {@link org.measura.catalog.Figures}' bounds), whole numbers written without a trailing
 * ".0", score answers written by {@link ScoreResultSerializer} and the repeating parts of trend answers by
 * {@link TrendPartSerializers}, with the built-in definitions' strings encoded once ({@link DefinitionStrings}).
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxStringLength;
    private final InstrumentCatalog catalog;

    public JacksonConfig(@ConfigProperty(name = "measura.json.max-nesting-depth") int maxNestingDepth,
            @ConfigProperty(name = "measura.json.max-number-length") int maxNumberLength,
            @ConfigProperty(name = "measura.json.max-string-length") int maxStringLength,
            InstrumentCatalog catalog) {
        this.maxNestingDepth = maxNestingDepth;
        this.maxNumberLength = maxNumberLength;
        this.maxStringLength = maxStringLength;
        this.catalog = catalog;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        customizeAllButAnswerWriters(mapper);
        DefinitionStrings definitionStrings = DefinitionStrings.of(catalog);
        mapper.registerModule(new SimpleModule("measura-answers")
                .addSerializer(ScoreResult.class, ScoreResultSerializer.of(definitionStrings, catalog,
                        mapper.getFactory())));
        // The parts of a trend answer that repeat most (series points, the points compared, sudden-shift candidates)
        // have their own writers (TrendPartSerializers); the rest goes through bean serialisation, its record
        // accessors called through generated lambdas instead of reflection, which took a fifth of writing a trend of
        // 100 (the JSON written is the same); enums named by a @JsonValue are written from their names encoded once
        // (WireEnumSerializers), the same bytes.
        mapper.registerModule(TrendPartSerializers.module(definitionStrings));
        mapper.registerModule(new BlackbirdModule());
        SimpleModule wireEnums = new SimpleModule("measura-wire-enums");
        wireEnums.setSerializers(new WireEnumSerializers());
        mapper.registerModule(wireEnums);
    }

    /** Everything {@link #customize} does except the hand-written answer writers, which tests compare against it. */
    void customizeAllButAnswerWriters(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxNumberLength(maxNumberLength)
                .maxStringLength(maxStringLength)
                .build());
        mapper.registerModule(org.measura.catalog.Figures.module());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // The shortest decimal form, by Schubfach: Java 17's Double.toString is several times slower.
        mapper.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
        SimpleModule module = new SimpleModule("measura-numbers");
        module.addSerializer(Double.class, new WholeDoubleSerializer());
        module.addSerializer(double.class, new WholeDoubleSerializer());
        mapper.registerModule(module);
    }

    static void writeDouble(JsonGenerator gen, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            gen.writeNumber((long) v);
        } else {
            gen.writeNumber(v);
        }
    }

    static final class WholeDoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            writeDouble(gen, value);
        }
    }
}
