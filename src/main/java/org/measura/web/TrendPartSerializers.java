package org.measura.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;
import org.measura.trends.Category;
import org.measura.trends.ChangeComparison;
import org.measura.trends.ClinicalSignificance;
import org.measura.trends.ComparisonKind;
import org.measura.trends.Phase;
import org.measura.trends.PointRef;
import org.measura.trends.ReliableChangeResult;
import org.measura.trends.SeriesPoint;
import org.measura.trends.ShiftKind;
import org.measura.trends.SuddenShift;

/**
 * Writers for the parts of a trend answer that repeat most: the series' points (one per administration, half of a
 * trend's bytes), the comparisons with the points they refer to and their clinical significance, and the
 * sudden-shift candidates and reliable-change verdicts, whose {@code @JsonUnwrapped} parts Jackson reads by
 * reflection. Each writes exactly what Jackson's bean serialisation of the record writes (same field order, fields
 * left out when null as the records' {@code @JsonInclude} says, whole numbers without ".0", dates as ISO-8601 text),
 * without reflection, with field names, phases, kinds, categories and the definitions' band labels encoded once
 * ({@link DefinitionStrings}). {@code TrendPartSerializersTest} compares the two over every recorded trend request and
 * edge cases; the rest of the report stays with bean serialisation.
 * Where the time went: docs/performance.md.
 */
final class TrendPartSerializers {

    private static final SerializableString DATE = name("date");
    private static final SerializableString SESSION = name("session");
    private static final SerializableString PHASE = name("phase");
    private static final SerializableString SCORE = name("score");
    private static final SerializableString BAND_ID = name("bandId");
    private static final SerializableString BAND_LABEL = name("bandLabel");
    private static final SerializableString KIND = name("kind");
    private static final SerializableString PRE_SESSION = name("preSession");
    private static final SerializableString POST_SESSION = name("postSession");
    private static final SerializableString PRE_DATE = name("preDate");
    private static final SerializableString POST_DATE = name("postDate");
    private static final SerializableString PRE_SCORE = name("preScore");
    private static final SerializableString POST_SCORE = name("postScore");
    private static final SerializableString MAGNITUDE = name("magnitude");
    private static final SerializableString ABSOLUTE_MET = name("absoluteMet");
    private static final SerializableString RELATIVE_MET = name("relativeMet");
    private static final SerializableString STABILITY_MET = name("stabilityMet");
    private static final SerializableString POINTS_BEFORE = name("pointsBefore");
    private static final SerializableString POINTS_AFTER = name("pointsAfter");
    private static final SerializableString MEAN_BEFORE = name("meanBefore");
    private static final SerializableString MEAN_AFTER = name("meanAfter");
    private static final SerializableString POOLED_SD = name("pooledSd");
    private static final SerializableString T_CRITICAL = name("tCritical");
    private static final SerializableString CONFIRMED = name("confirmed");
    private static final SerializableString REVERSED = name("reversed");
    private static final SerializableString REVERSAL_SESSION = name("reversalSession");
    private static final SerializableString REVERSAL_VALUE = name("reversalValue");
    private static final SerializableString EXPLANATION = name("explanation");
    private static final SerializableString METHOD = name("method");
    private static final SerializableString STATUS = name("status");
    private static final SerializableString INDEX = name("index");
    private static final SerializableString CRITICAL_VALUE = name("criticalValue");
    private static final SerializableString CRITICAL_VALUE_SOURCE = name("criticalValueSource");
    private static final SerializableString THRESHOLD = name("threshold");
    private static final SerializableString INCLUSIVE = name("inclusive");
    private static final SerializableString STANDARD_ERROR = name("standardError");
    private static final SerializableString DIFFERENCE_SD = name("differenceSd");
    private static final SerializableString RELIABILITY_OF_DIFFERENCE = name("reliabilityOfDifference");
    private static final SerializableString FIGURES = name("figures");
    private static final SerializableString MISSING = name("missing");
    private static final SerializableString CHOICE = name("choice");
    private static final SerializableString FROM = name("from");
    private static final SerializableString TO = name("to");
    private static final SerializableString RAW_CHANGE = name("rawChange");
    private static final SerializableString PERCENT_CHANGE = name("percentChange");
    private static final SerializableString RELIABLE_CHANGE = name("reliableChange");
    private static final SerializableString PUBLISHED_THRESHOLD = name("publishedThreshold");
    private static final SerializableString CLINICAL_SIGNIFICANCE = name("clinicalSignificance");
    private static final SerializableString CATEGORY = name("category");
    private static final SerializableString CLINICAL_AT_START = name("clinicalAtStart");
    private static final SerializableString FUNCTIONAL_AT_END = name("functionalAtEnd");
    private static final SerializableString CUTOFF = name("cutoff");
    private static final SerializableString INDIVIDUAL_SIGNIFICANCE = name("individualSignificance");

    private static final SerializableString[] PHASES = wire(Phase.values(), Phase::wire);
    private static final SerializableString[] KINDS = wire(ShiftKind.values(), ShiftKind::wire);
    private static final SerializableString[] COMPARISON_KINDS = wire(ComparisonKind.values(), ComparisonKind::wire);
    private static final SerializableString[] CATEGORIES = wire(Category.values(), Category::wire);

    private TrendPartSerializers() {
    }

    /** The writers, for the service's mapper. */
    static SimpleModule module(DefinitionStrings definitionStrings) {
        return new SimpleModule("measura-trend-parts")
                .addSerializer(SeriesPoint.class, new SeriesPointSerializer(definitionStrings))
                .addSerializer(PointRef.class, new PointRefSerializer())
                .addSerializer(SuddenShift.class, new SuddenShiftSerializer())
                .addSerializer(ReliableChangeResult.class, new ReliableChangeResultSerializer())
                .addSerializer(ChangeComparison.class, new ChangeComparisonSerializer())
                .addSerializer(ClinicalSignificance.class, new ClinicalSignificanceSerializer());
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    /** Each constant's wire name, encoded, at its ordinal. */
    private static <E extends Enum<E>> SerializableString[] wire(E[] constants, Function<E, String> wire) {
        SerializableString[] names = new SerializableString[constants.length];
        for (E constant : constants) {
            names[constant.ordinal()] = new SerializedString(wire.apply(constant));
        }
        return names;
    }

    static final class SeriesPointSerializer extends StdSerializer<SeriesPoint> {

        private final DefinitionStrings definitionStrings;

        SeriesPointSerializer(DefinitionStrings definitionStrings) {
            super(SeriesPoint.class);
            this.definitionStrings = definitionStrings;
        }

        @Override
        public void serialize(SeriesPoint p, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(p);
            point(g, p.date(), p.session(), p.phase(), p.score());
            known(g, BAND_ID, p.bandId());
            known(g, BAND_LABEL, p.bandLabel());
            g.writeEndObject();
        }

        /** A band's id or label, from its encoded form when a definition has it; left out when null. */
        private void known(JsonGenerator g, SerializableString name, String value) throws IOException {
            if (value == null) {
                return;
            }
            g.writeFieldName(name);
            definitionStrings.write(g, value);
        }
    }

    static final class PointRefSerializer extends StdSerializer<PointRef> {

        PointRefSerializer() {
            super(PointRef.class);
        }

        @Override
        public void serialize(PointRef p, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(p);
            point(g, p.date(), p.session(), p.phase(), p.score());
            g.writeEndObject();
        }
    }

    /** The fields a series point and a point referred to share, in their records' order. */
    private static void point(JsonGenerator g, LocalDate date, Integer session, Phase phase, double score)
            throws IOException {
        date(g, DATE, date);
        integer(g, SESSION, session);
        if (phase != null) {
            g.writeFieldName(PHASE);
            g.writeString(PHASES[phase.ordinal()]);
        }
        number(g, SCORE, score);
    }

    static final class SuddenShiftSerializer extends StdSerializer<SuddenShift> {

        SuddenShiftSerializer() {
            super(SuddenShift.class);
        }

        /** The record's parts flattened in its {@code @JsonPropertyOrder}; a null part writes nothing. */
        @Override
        public void serialize(SuddenShift s, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(s);
            if (s.kind() != null) {
                g.writeFieldName(KIND);
                g.writeString(KINDS[s.kind().ordinal()]);
            }
            SuddenShift.Interval interval = s.interval();
            if (interval != null) {
                integer(g, PRE_SESSION, interval.preSession());
                integer(g, POST_SESSION, interval.postSession());
                date(g, PRE_DATE, interval.preDate());
                date(g, POST_DATE, interval.postDate());
                number(g, PRE_SCORE, interval.preScore());
                number(g, POST_SCORE, interval.postScore());
            }
            SuddenShift.Criteria criteria = s.criteria();
            if (criteria != null) {
                number(g, MAGNITUDE, criteria.magnitude());
                g.writeFieldName(ABSOLUTE_MET);
                g.writeBoolean(criteria.absoluteMet());
                g.writeFieldName(RELATIVE_MET);
                g.writeBoolean(criteria.relativeMet());
            }
            SuddenShift.Stability stability = s.stability();
            if (stability != null) {
                bool(g, STABILITY_MET, stability.stabilityMet());
                integer(g, POINTS_BEFORE, stability.pointsBefore());
                integer(g, POINTS_AFTER, stability.pointsAfter());
                number(g, MEAN_BEFORE, stability.meanBefore());
                number(g, MEAN_AFTER, stability.meanAfter());
                number(g, POOLED_SD, stability.pooledSd());
                number(g, T_CRITICAL, stability.tCritical());
            }
            g.writeFieldName(CONFIRMED);
            g.writeBoolean(s.confirmed());
            SuddenShift.Reversal reversal = s.reversal();
            if (reversal != null) {
                bool(g, REVERSED, reversal.reversed());
                integer(g, REVERSAL_SESSION, reversal.reversalSession());
                number(g, REVERSAL_VALUE, reversal.reversalValue());
            }
            text(g, EXPLANATION, s.explanation());
            g.writeEndObject();
        }
    }

    static final class ReliableChangeResultSerializer extends StdSerializer<ReliableChangeResult> {

        ReliableChangeResultSerializer() {
            super(ReliableChangeResult.class);
        }

        /**
         * The record's parts flattened in its {@code @JsonPropertyOrder}; the method, the status and the lists go
         * through the mapper's own writers for their types.
         */
        @Override
        public void serialize(ReliableChangeResult r, JsonGenerator g, SerializerProvider provider)
                throws IOException {
            g.writeStartObject(r);
            if (r.method() != null) {
                provider.defaultSerializeField(METHOD.getValue(), r.method(), g);
            }
            if (r.status() != null) {
                provider.defaultSerializeField(STATUS.getValue(), r.status(), g);
            }
            ReliableChangeResult.IndexTest test = r.indexTest();
            number(g, INDEX, test.index());
            number(g, CRITICAL_VALUE, test.criticalValue());
            text(g, CRITICAL_VALUE_SOURCE, test.criticalValueSource());
            ReliableChangeResult.PointRule rule = r.pointRule();
            number(g, THRESHOLD, rule.threshold());
            bool(g, INCLUSIVE, rule.inclusive());
            ReliableChangeResult.ErrorTerms errors = r.errorTerms();
            number(g, STANDARD_ERROR, errors.standardError());
            number(g, DIFFERENCE_SD, errors.differenceSd());
            number(g, RELIABILITY_OF_DIFFERENCE, errors.reliabilityOfDifference());
            if (r.figures() != null) {
                provider.defaultSerializeField(FIGURES.getValue(), r.figures(), g);
            }
            if (r.missing() != null) {
                provider.defaultSerializeField(MISSING.getValue(), r.missing(), g);
            }
            text(g, CHOICE, r.choice());
            text(g, EXPLANATION, r.explanation());
            g.writeEndObject();
        }
    }

    static final class ChangeComparisonSerializer extends StdSerializer<ChangeComparison> {

        private final PointRefSerializer points = new PointRefSerializer();
        private final ReliableChangeResultSerializer verdicts = new ReliableChangeResultSerializer();
        private final ClinicalSignificanceSerializer significance = new ClinicalSignificanceSerializer();

        ChangeComparisonSerializer() {
            super(ChangeComparison.class);
        }

        /**
         * The record's fields in its order; its parts are records with writers of their own here, called directly
         * rather than looked up through the provider for each comparison.
         */
        @Override
        public void serialize(ChangeComparison c, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(c);
            if (c.kind() != null) {
                g.writeFieldName(KIND);
                g.writeString(COMPARISON_KINDS[c.kind().ordinal()]);
            }
            if (c.from() != null) {
                g.writeFieldName(FROM);
                points.serialize(c.from(), g, provider);
            }
            if (c.to() != null) {
                g.writeFieldName(TO);
                points.serialize(c.to(), g, provider);
            }
            number(g, RAW_CHANGE, c.rawChange());
            number(g, PERCENT_CHANGE, c.percentChange());
            if (c.reliableChange() != null) {
                g.writeFieldName(RELIABLE_CHANGE);
                verdicts.serialize(c.reliableChange(), g, provider);
            }
            if (c.publishedThreshold() != null) {
                g.writeFieldName(PUBLISHED_THRESHOLD);
                verdicts.serialize(c.publishedThreshold(), g, provider);
            }
            if (c.clinicalSignificance() != null) {
                g.writeFieldName(CLINICAL_SIGNIFICANCE);
                significance.serialize(c.clinicalSignificance(), g, provider);
            }
            text(g, EXPLANATION, c.explanation());
            g.writeEndObject();
        }
    }

    static final class ClinicalSignificanceSerializer extends StdSerializer<ClinicalSignificance> {

        ClinicalSignificanceSerializer() {
            super(ClinicalSignificance.class);
        }

        @Override
        public void serialize(ClinicalSignificance c, JsonGenerator g, SerializerProvider provider)
                throws IOException {
            g.writeStartObject(c);
            if (c.category() != null) {
                g.writeFieldName(CATEGORY);
                g.writeString(CATEGORIES[c.category().ordinal()]);
            }
            bool(g, CLINICAL_AT_START, c.clinicalAtStart());
            bool(g, FUNCTIONAL_AT_END, c.functionalAtEnd());
            number(g, CUTOFF, c.cutoff());
            number(g, INDIVIDUAL_SIGNIFICANCE, c.individualSignificance());
            text(g, EXPLANATION, c.explanation());
            g.writeEndObject();
        }
    }

    private static void text(JsonGenerator g, SerializableString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeString(value);
        }
    }

    /**
     * A date as Jackson's {@code LocalDateSerializer} writes it, {@link LocalDate#toString()}: years 0 to 9999 are
     * formatted here into ten characters, any other year by {@code toString} itself; left out when null.
     */
    static void date(JsonGenerator g, SerializableString name, LocalDate date) throws IOException {
        if (date == null) {
            return;
        }
        g.writeFieldName(name);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            g.writeString(date.toString());
            return;
        }
        char[] c = new char[10];
        c[0] = (char) ('0' + year / 1000);
        c[1] = (char) ('0' + year / 100 % 10);
        c[2] = (char) ('0' + year / 10 % 10);
        c[3] = (char) ('0' + year % 10);
        c[4] = '-';
        int month = date.getMonthValue();
        c[5] = (char) ('0' + month / 10);
        c[6] = (char) ('0' + month % 10);
        c[7] = '-';
        int day = date.getDayOfMonth();
        c[8] = (char) ('0' + day / 10);
        c[9] = (char) ('0' + day % 10);
        g.writeString(c, 0, 10);
    }

    private static void integer(JsonGenerator g, SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void integer(JsonGenerator g, SerializableString name, Integer value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value.intValue());
        }
    }

    private static void bool(JsonGenerator g, SerializableString name, Boolean value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeBoolean(value);
        }
    }

    private static void number(JsonGenerator g, SerializableString name, Double value) throws IOException {
        if (value != null) {
            number(g, name, value.doubleValue());
        }
    }

    private static void number(JsonGenerator g, SerializableString name, double value) throws IOException {
        g.writeFieldName(name);
        JacksonConfig.writeDouble(g, value);
    }
}
