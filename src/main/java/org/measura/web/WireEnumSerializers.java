package org.measura.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Enums written by their {@code @JsonValue} wire name, as Jackson writes them, but with each constant's name read
 * and encoded once: Jackson's own serialiser for a {@code @JsonValue} calls the accessor by reflection for every
 * value written, which showed in the profile of a trend answer (docs/performance.md). Only enums whose
 * {@code @JsonValue} is a String are taken; any other type is left to Jackson.
 */
final class WireEnumSerializers extends SimpleSerializers {

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (!raw.isEnum()) {
            return null;
        }
        AnnotatedMember accessor = beanDesc.findJsonValueAccessor();
        if (accessor == null || accessor.getRawType() != String.class) {
            return null;
        }
        Object[] constants = raw.getEnumConstants();
        SerializableString[] names = new SerializableString[constants.length];
        for (int i = 0; i < constants.length; i++) {
            Object name = accessor.getValue(constants[i]);
            if (name == null) {
                return null;
            }
            names[i] = new SerializedString((String) name);
        }
        return new WireEnumSerializer(raw, names);
    }

    private static final class WireEnumSerializer extends StdSerializer<Object> {

        private final SerializableString[] names;

        @SuppressWarnings("unchecked")
        WireEnumSerializer(Class<?> type, SerializableString[] names) {
            super((Class<Object>) type);
            this.names = names;
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(names[((Enum<?>) value).ordinal()]);
        }
    }
}
