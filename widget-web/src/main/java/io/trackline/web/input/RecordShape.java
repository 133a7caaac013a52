package io.trackline.web.input;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.error.WireNames;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Holds a JSON body to the record it binds to, before JSON-B binds it (JSON-B would ignore what it does
 * not know, and wrap a number too large for its field): every member must be a component of the record
 * (by its snake_case wire name), and a whole-number component takes a whole number within its type's
 * range. Nested records and lists of them are held to theirs. Types other than records are left to
 * JSON-B and Bean Validation.
 */
public final class RecordShape {

    private record Range(BigDecimal min, BigDecimal max) {
    }

    private static final Map<Class<?>, Range> WHOLE_NUMBERS = Map.of(
            Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE), int.class, range(Integer.MIN_VALUE,
                    Integer.MAX_VALUE),
            Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE), long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
            Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE), short.class, range(Short.MIN_VALUE,
                    Short.MAX_VALUE));

    private static final ClassValue<Map<String, Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> record) {
            return wireComponents(record);
        }
    };

    private RecordShape() {
    }

    public static void check(JsonValue value, Type type) {
        check(value, type, "");
    }

    private static void check(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw new InvalidFieldException(path.isEmpty() ? "body" : path, "must be a JSON object");
            }
            members(object, raw, path);
        } else if (Collection.class.isAssignableFrom(raw) && value instanceof JsonArray array
                && type instanceof ParameterizedType parameterized) {
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), parameterized.getActualTypeArguments()[0], path + "[" + i + "]");
            }
        } else if (WHOLE_NUMBERS.containsKey(raw)) {
            wholeNumber(value, WHOLE_NUMBERS.get(raw), path);
        }
    }

    private static void members(JsonObject object, Class<?> record, String path) {
        Map<String, Type> components = COMPONENTS.get(record);
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            Type component = components.get(member.getKey());
            if (component == null) {
                throw new InvalidFieldException(at, "is not a field of this request");
            }
            check(member.getValue(), component, at);
        }
    }

    /** A record's components by their wire names, with their types: read by reflection once a record. */
    private static Map<String, Type> wireComponents(Class<?> record) {
        Map<String, Type> components = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonbProperty named = component.getAccessor().getAnnotation(JsonbProperty.class);
            components.put(named != null ? named.value() : WireNames.snakeCase(component.getName()),
                    component.getGenericType());
        }
        return Map.copyOf(components);
    }

    private static void wholeNumber(JsonValue value, Range range, String path) {
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidFieldException(path, "must be a whole number");
        }
        BigDecimal given = number.bigDecimalValue();
        if (given.stripTrailingZeros().scale() > 0) {
            throw new InvalidFieldException(path, "must be a whole number, without a fraction");
        }
        if (given.compareTo(range.min()) < 0 || given.compareTo(range.max()) > 0) {
            throw new InvalidFieldException(path, "must be from " + range.min() + " to " + range.max());
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return Object.class;
    }

    private static Range range(long min, long max) {
        return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }
}
