package io.enterpriseconnect.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON-B and Bean Validation as the servers run them (Yasson, Hibernate Validator), with no naming
 * strategy configured: the records' {@code @JsonbProperty} names alone must give GitHub's JSON.
 */
public final class Wire {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private Wire() {
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    /**
     * Writes {@code value}, checks it is {@code expectedJson} (as JSON: order and spacing aside), reads
     * it back and checks the record is equal to {@code value}.
     */
    public static <T> void assertRoundTrip(T value, String expectedJson) {
        String json = toJson(value);
        assertEquals(parse(expectedJson), parse(json), json);
        @SuppressWarnings("unchecked")
        T back = (T) fromJson(json, value.getClass());
        assertEquals(value, back);
    }

    public static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    public static Validator validator() {
        return VALIDATION.getValidator();
    }

    /** The property paths at fault, sorted, e.g. {@code [counts[1].day, batch_id]}. */
    public static Set<String> faults(Object value) {
        Set<String> paths = new TreeSet<>();
        for (ConstraintViolation<Object> violation : validator().validate(value)) {
            paths.add(violation.getPropertyPath().toString());
        }
        return paths;
    }
}
