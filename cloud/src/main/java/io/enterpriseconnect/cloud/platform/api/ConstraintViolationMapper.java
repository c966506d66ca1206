package io.enterpriseconnect.cloud.platform.api;

import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bean Validation failures on any API input (bodies bound to protocol records, query and path
 * parameters): GitHub's 422 "Validation Failed", naming each field by its JSON path
 * ({@code enabled_features[0].enabled_at}, {@code from}) with GitHub's code ({@code missing_field}
 * for an absent value, {@code invalid} otherwise) and the index of the list entry it is in.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Set<Class<? extends Annotation>> PRESENCE = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    @Inject
    ApiDocumentation documentation;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(GitHubError.validationFailed(errors(exception.getConstraintViolations()), documentation.url))
                .build();
    }

    static List<GitHubError.FieldError> errors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolationMapper::error)
                .sorted(Comparator.comparing(GitHubError.FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(GitHubError.FieldError::code))
                .toList();
    }

    private static GitHubError.FieldError error(ConstraintViolation<?> violation) {
        String field = fieldOf(violation);
        boolean missing = violation.getInvalidValue() == null
                || PRESENCE.contains(violation.getConstraintDescriptor().getAnnotation().annotationType())
                && violation.getInvalidValue() instanceof CharSequence text && text.toString().isBlank();
        String message = field == null ? "The request body is missing" : field + " " + violation.getMessage();
        return new GitHubError.FieldError(resourceOf(violation), field, missing ? "missing_field" : "invalid", message,
                indexOf(violation.getPropertyPath()));
    }

    /** The record the field belongs to, or null for a parameter of the resource method. */
    private static String resourceOf(ConstraintViolation<?> violation) {
        Object leaf = violation.getLeafBean();
        return leaf == null || leaf == violation.getRootBean() ? null : leaf.getClass().getSimpleName();
    }

    /**
     * The JSON path of the value at fault: the name of the query, path or header parameter it came in,
     * then the body's properties in GitHub's snake_case with list indexes; null for a missing body.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                String name = method == null ? null
                        : parameterName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                if (name != null) {
                    field.append(name);
                }
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.isEmpty() ? "" : ".").append(snakeCase(node.getName()));
                }
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    /** The index of the innermost list entry the value is in, as GitHub's {@code index}; null outside lists. */
    private static Integer indexOf(Path path) {
        Integer index = null;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                index = node.getIndex();
            }
        }
        return index;
    }

    /**
     * The name a JAX-RS parameter has in the request; null for the body, which has none. Looked up the
     * class hierarchy: a container's subclass of the resource overrides the method without its annotations.
     */
    private static String parameterName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
            Method declared;
            try {
                declared = c.getDeclaredMethod(method.getName(), types);
            } catch (NoSuchMethodException e) {
                continue;
            }
            for (Annotation annotation : declared.getParameterAnnotations()[parameter.getParameterIndex()]) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
                if (annotation instanceof HeaderParam header) {
                    return header.value();
                }
            }
        }
        return null;
    }

    /** {@code licenseSha256} → {@code license_sha256}: the protocol's records name their JSON fields so. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
