package io.enterpriseconnect.cloud.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.enterpriseconnect.protocol.connections.ConnectionReport;
import io.enterpriseconnect.protocol.connections.ReportedFeature;
import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Violations as RESTEasy reports them: from validating a resource method's parameters. */
class ConstraintViolationMapperTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final String SHA = "ab".repeat(32);

    /** A resource as JAX-RS sees it; the container validates its parameters before the call. */
    public static class Resource {

        public void refresh(@NotNull @Valid ConnectionReport report) {
        }

        public void range(@PathParam("login") String login, @QueryParam("from") @IsoDate String from) {
        }
    }

    /** A container's subclass (a CDI proxy) overrides the method without the parameter annotations. */
    public static class Proxy extends Resource {

        @Override
        public void range(String login, String from) {
        }
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void bodyFieldsAreNamedByTheirJsonPathWithTheListIndex() {
        ConnectionReport report = new ConnectionReport("key", "xyz", "Acme", "ghe.acme.test", "3.14", null,
                List.of(ReportedFeature.of("unified_contributions", java.time.Instant.EPOCH),
                        new ReportedFeature("unified_search", "yesterday")), 1, null, null);
        List<GitHubError.FieldError> errors = errors(new Resource(), "refresh", report);
        assertEquals(List.of("enabled_features[1].enabled_at", "license_sha256", "tls_enabled"),
                errors.stream().map(GitHubError.FieldError::field).toList());
        GitHubError.FieldError date = errors.get(0);
        assertEquals("ReportedFeature", date.resource());
        assertEquals("invalid", date.code());
        assertEquals(1, date.index());
        assertEquals("enabled_features[1].enabled_at must be an ISO 8601 time such as 2026-11-21T12:00:00Z",
                date.message());
        GitHubError.FieldError tls = errors.get(2);
        assertEquals("missing_field", tls.code(), "an absent value is GitHub's missing_field");
        assertNull(tls.index());
    }

    @Test
    void aMissingBodyHasNoField() {
        GitHubError.FieldError error = errors(new Resource(), "refresh", (Object) null).get(0);
        assertNull(error.field());
        assertEquals("missing_field", error.code());
        assertEquals("The request body is missing", error.message());
    }

    @Test
    void parametersAreNamedAsInTheRequestAlsoThroughAProxy() {
        for (Resource resource : List.of(new Resource(), new Proxy())) {
            GitHubError.FieldError error = errors(resource, "range", "mona", "2026-02-30").get(0);
            assertEquals("from", error.field());
            assertEquals("invalid", error.code());
            assertNull(error.resource());
            assertEquals("from must be a date such as 2026-11-20", error.message());
        }
    }

    @Test
    void jsonNamesAreSnakeCase() {
        assertEquals("license_sha256", ConstraintViolationMapper.snakeCase("licenseSha256"));
        assertEquals("requested_by_user_id", ConstraintViolationMapper.snakeCase("requestedByUserId"));
        assertEquals("code", ConstraintViolationMapper.snakeCase("code"));
    }

    private static List<GitHubError.FieldError> errors(Resource resource, String name, Object... arguments) {
        Method method = Set.of(Resource.class.getMethods()).stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
        Set<ConstraintViolation<Resource>> violations = VALIDATION.getValidator().forExecutables()
                .validateParameters(resource, method, arguments);
        return ConstraintViolationMapper.errors(violations);
    }
}
