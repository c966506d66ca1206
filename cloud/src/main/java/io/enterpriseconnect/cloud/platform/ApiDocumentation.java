package io.enterpriseconnect.cloud.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where API error bodies send the reader ({@code documentation_url}). */
@ApplicationScoped
public class ApiDocumentation {

    @Inject
    @ConfigProperty(name = "cloud.api.documentation-url", defaultValue = "https://docs.github.com/rest")
    String url;

    public ApiError error(String message) {
        return ApiError.of(message, url);
    }

    public ApiError invalid(String resource, String field, String code, String message) {
        return new ApiError("Validation Failed",
                java.util.List.of(new ApiError.FieldError(resource, field, code, message)), url);
    }
}
