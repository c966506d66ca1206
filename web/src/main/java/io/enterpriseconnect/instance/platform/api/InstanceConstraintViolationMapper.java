package io.enterpriseconnect.instance.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Bean Validation failures of API input, from a resource's parameters or a façade's: 400 with the
 * instance's error body, naming the first bad field as the request spells it ({@code counts[3].day},
 * {@code code}, {@code limit}). The first is the one earliest in the request; on one field, "is
 * missing" comes before what a missing value also fails.
 */
@Provider
public class InstanceConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Set<Class<? extends Annotation>> PRESENCE = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ErrorResponse.json(error(exception));
    }

    static InstanceApiError error(ConstraintViolationException exception) {
        if (exception.getConstraintViolations().isEmpty()) {
            return new InstanceApiError(400, exception.getMessage(), null);
        }
        ConstraintViolation<?> first = first(exception);
        String field = fieldOf(first.getPropertyPath());
        return new InstanceApiError(400, field + " " + first.getMessage(), field);
    }

    /** The violation reported: the earliest field in the request; on one field, a missing value first. */
    public static ConstraintViolation<?> first(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> sortKey(fieldOf(v.getPropertyPath())))
                        .thenComparing(v -> PRESENCE.contains(v.getConstraintDescriptor().getAnnotation()
                                .annotationType()) ? 0 : 1)
                        .thenComparing(ConstraintViolation::getMessage))
                .orElseThrow();
    }

    /**
     * The field as the request names it: the method and a parameter that holds a body are left out
     * ({@code record.counts.counts[3].day} → {@code counts[3].day}); a parameter validated itself is
     * named ({@code latest.limit} → {@code limit}).
     */
    public static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (Iterator<Path.Node> it = nodes.iterator(); it.hasNext();) {
            Path.Node node = it.next();
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && it.hasNext()) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /** Indexes compared as numbers: counts[2] comes before counts[10]. */
    private static String sortKey(String field) {
        Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        StringBuilder key = new StringBuilder();
        while (index.find()) {
            index.appendReplacement(key, "[" + "0".repeat(Math.max(0, 10 - index.group(1).length())) + index.group(1)
                    + "]");
        }
        index.appendTail(key);
        return key.toString();
    }
}
