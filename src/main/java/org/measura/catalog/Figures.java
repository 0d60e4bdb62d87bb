package org.measura.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * The magnitudes a figure sent to the service (a score, a mean, an SD, a reliability, a weight, a FHIR
 * valueDecimal) may have: 0, or from {@value #MIN_MAGNITUDE} to {@value #MAX_MAGNITUDE}. No questionnaire figure
 * comes near either bound, and within them every quotient, product and square the scoring and trend arithmetic
 * forms stays far inside the range of a double (at most about 10^36), so every computed figure is finite. Larger,
 * finer and subnormal values are refused where they are read, naming the field, instead of overflowing later.
 */
public final class Figures {

    public static final double MAX_MAGNITUDE = 1e9;
    public static final double MIN_MAGNITUDE = 1e-9;
    public static final String REASON = "must be 0 or a number from 0.000000001 to 1000000000 in magnitude";

    private Figures() {
    }

    public static boolean admits(double value) {
        double magnitude = Math.abs(value);
        return magnitude == 0 || magnitude >= MIN_MAGNITUDE && magnitude <= MAX_MAGNITUDE;
    }

    /** Reading {@code double} and {@code Double} fields refuses figures outside the bounds, as {@link OutOfBounds}. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("measura-figures");
        module.addDeserializer(Double.class, new Bounded(Double.class));
        module.addDeserializer(double.class, new Bounded(double.class));
        return module;
    }

    /** A figure outside the bounds; its path names the field. */
    public static final class OutOfBounds extends InvalidFormatException {
        OutOfBounds(JsonParser parser, double value, Class<?> type) {
            super(parser, "figure out of bounds", value, type);
        }
    }

    private static final class Bounded extends NumberDeserializers.DoubleDeserializer {
        private final Class<?> type;

        Bounded(Class<Double> type) {
            super(type, type.isPrimitive() ? 0d : null);
            this.type = type;
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !admits(value)) {
                throw new OutOfBounds(p, value, type);
            }
            return value;
        }
    }
}
