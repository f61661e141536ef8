package org.learningnetwork.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.learningnetwork.platform.TextInput;

/**
 * Reads the JSON body of an API call into the call's request record, strictly: a field the record does not
 * have, a value of the wrong JSON type (a string where a boolean or a number is meant, a fraction where a
 * whole number is), a number out of range or a string with control characters is refused with 400 naming the
 * field, so that {@code {"dryRun":"no"}} can never be taken for {@code false}. An empty body reads as
 * {@code null}, which each call checks for what it requires. Records of this package only; components may be
 * {@code String}, {@code Boolean}/{@code boolean}, {@code Long}/{@code long} and {@code Integer}/{@code int}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJson implements MessageBodyReader<Record> {

    /**
     * Made once: {@code Json.createReader} looks the JSON provider up through the service loader on every call, which
     * searched the server's class path for a tenth of the server's time per booking in bench/booking's profile.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackage() == StrictJson.class.getPackage();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int first = in.read();
        while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
            first = in.read();
        }
        if (first < 0) {
            return null;
        }
        in.unread(first);
        JsonValue value;
        try (JsonReader reader = READERS.createReader(in)) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new BadBodyException("The request body is not valid JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadBodyException("The request body must be a JSON object.");
        }
        return read(type, value.asJsonObject());
    }

    /** The record of {@code type} with the object's fields, or a {@link BadParameterException} naming the first bad one. */
    static <R extends Record> R read(Class<R> type, JsonObject object) {
        RecordComponent[] components = type.getRecordComponents();
        for (String field : object.keySet()) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(field))) {
                throw new BadParameterException(field, field + " is not a field of this call.");
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == java.util.List.class
                    ? list(components[i].getName(), components[i].getGenericType(), object.get(components[i].getName()))
                    : value(components[i].getName(), types[i], object.get(components[i].getName()));
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + type.getName(), e);
        }
    }

    /** A list of strings or of whole numbers: absent is {@code null}; otherwise an array whose every element is one. */
    private static Object list(String field, java.lang.reflect.Type type, JsonValue json) {
        Class<?> element = type instanceof java.lang.reflect.ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument ? argument : null;
        if (element != String.class && element != Long.class) {
            throw new IllegalStateException("No strict JSON reading for " + type + " of " + field);
        }
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String wanted = field + (element == String.class ? " must be a list of strings." : " must be a list of whole numbers.");
        if (!(json instanceof jakarta.json.JsonArray array)) {
            throw new BadParameterException(field, wanted);
        }
        java.util.List<Object> items = new java.util.ArrayList<>();
        for (JsonValue item : array) {
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                throw new BadParameterException(field, wanted);
            }
            items.add(value(field, element, item));
        }
        return java.util.List.copyOf(items);
    }

    private static Object value(String field, Class<?> type, JsonValue json) {
        boolean absent = json == null || json.getValueType() == JsonValue.ValueType.NULL;
        if (type == boolean.class || type == Boolean.class) {
            if (absent) {
                return type == boolean.class ? Boolean.FALSE : null;
            }
            if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
                return json.getValueType() == JsonValue.ValueType.TRUE;
            }
            throw new BadParameterException(field, field + " must be true or false.");
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            if (absent) {
                if (type.isPrimitive()) {
                    throw new BadParameterException(field, field + " is required.");
                }
                return null;
            }
            if (!(json instanceof JsonNumber number) || !number.isIntegral()) {
                throw new BadParameterException(field, field + " must be a whole number.");
            }
            try {
                return type == long.class || type == Long.class ? (Object) number.longValueExact() : (Object) number.intValueExact();
            } catch (ArithmeticException e) {
                throw new BadParameterException(field, field + " is out of range.");
            }
        }
        if (type == String.class) {
            if (absent) {
                return null;
            }
            if (!(json instanceof JsonString string)) {
                throw new BadParameterException(field, field + " must be a string.");
            }
            if (!TextInput.acceptable(string.getString())) {
                throw new BadParameterException(field, field + " contains characters that cannot be used (control characters).");
            }
            return string.getString();
        }
        throw new IllegalStateException("No strict JSON reading for " + type + " of " + field);
    }

    /** A body that is not a JSON object. */
    public static class BadBodyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadBodyException(String message) {
            super(message);
        }
    }
}
