package io.trackline.web.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas read from the records that go on the wire, so that the document cannot drift from them:
 * one component per record (a nested record is named {@code Outer.Inner}), its properties named as
 * {@link io.trackline.web.JsonbConfiguration} writes them (snake_case, or the record's {@code @JsonbProperty}).
 * No property is marked required: absent values are left out of the answers. A type it cannot describe is
 * an error, so that an unknown shape fails the build's test, not the document at start-up.
 */
final class WireSchemas {

    /** A JSON type and format, for a Java type that JSON-B writes as one JSON value. */
    private record JsonValueType(SchemaType type, String format) {
    }

    private static final Map<Class<?>, JsonValueType> SIMPLE = Map.ofEntries(
            Map.entry(String.class, new JsonValueType(SchemaType.STRING, null)),
            Map.entry(int.class, new JsonValueType(SchemaType.INTEGER, "int32")),
            Map.entry(Integer.class, new JsonValueType(SchemaType.INTEGER, "int32")),
            Map.entry(long.class, new JsonValueType(SchemaType.INTEGER, "int64")),
            Map.entry(Long.class, new JsonValueType(SchemaType.INTEGER, "int64")),
            Map.entry(BigInteger.class, new JsonValueType(SchemaType.INTEGER, null)),
            Map.entry(BigDecimal.class, new JsonValueType(SchemaType.NUMBER, null)),
            Map.entry(double.class, new JsonValueType(SchemaType.NUMBER, null)),
            Map.entry(Double.class, new JsonValueType(SchemaType.NUMBER, null)),
            Map.entry(boolean.class, new JsonValueType(SchemaType.BOOLEAN, null)),
            Map.entry(Boolean.class, new JsonValueType(SchemaType.BOOLEAN, null)),
            Map.entry(Instant.class, new JsonValueType(SchemaType.STRING, "date-time")),
            Map.entry(OffsetDateTime.class, new JsonValueType(SchemaType.STRING, "date-time")),
            Map.entry(LocalDate.class, new JsonValueType(SchemaType.STRING, "date")),
            Map.entry(UUID.class, new JsonValueType(SchemaType.STRING, "uuid")));

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<String, Class<?>> described = new HashMap<>();

    /** A reference to the record's component, made (with those of the records it holds) on first use. */
    Schema refTo(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record.getName() + " is not a record");
        }
        String name = componentName(record);
        Class<?> named = described.putIfAbsent(name, record);
        if (named != null && named != record) {
            throw new IllegalArgumentException(record.getName() + " and " + named.getName() + " would share the"
                    + " component name " + name);
        }
        if (!components.containsKey(name)) {
            Schema object = OASFactory.createSchema().addType(SchemaType.OBJECT);
            components.put(name, object);
            Arrays.stream(record.getRecordComponents())
                    .filter(component -> !component.getAccessor().isAnnotationPresent(JsonbTransient.class))
                    .forEach(component -> object.addProperty(wireName(component),
                            schemaOf(component.getGenericType())));
        }
        return OASFactory.createSchema().ref(name);
    }

    /** Every component made so far, by name. */
    Map<String, Schema> components() {
        return components;
    }

    static String componentName(Class<?> record) {
        Class<?> outer = record.getEnclosingClass();
        return outer == null ? record.getSimpleName() : componentName(outer) + "." + record.getSimpleName();
    }

    /** The name JSON-B gives the component: its {@code @JsonbProperty}, or its name in snake_case. */
    static String wireName(RecordComponent component) {
        JsonbProperty named = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (named != null && !named.value().isEmpty()) {
            return named.value();
        }
        StringBuilder wire = new StringBuilder();
        for (char c : component.getName().toCharArray()) {
            if (Character.isUpperCase(c)) {
                wire.append('_').append(Character.toLowerCase(c));
            } else {
                wire.append(c);
            }
        }
        return wire.toString();
    }

    private Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().addType(SchemaType.ARRAY).items(schemaOf(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class) {
                return OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaOf(arguments[1]));
            }
        }
        if (type instanceof Class<?> plain) {
            return schemaOf(plain);
        }
        throw new IllegalArgumentException("No OpenAPI schema for " + type.getTypeName());
    }

    private Schema schemaOf(Class<?> type) {
        JsonValueType simple = SIMPLE.get(type);
        if (simple != null) {
            return OASFactory.createSchema().addType(simple.type()).format(simple.format());
        }
        if (type.isEnum()) {
            Schema names = OASFactory.createSchema().addType(SchemaType.STRING);
            Arrays.stream(type.getEnumConstants())
                    .forEach(constant -> names.addEnumeration(((Enum<?>) constant).name()));
            return names;
        }
        if (type.isRecord()) {
            return refTo(type);
        }
        throw new IllegalArgumentException("No OpenAPI schema for " + type.getName());
    }
}
