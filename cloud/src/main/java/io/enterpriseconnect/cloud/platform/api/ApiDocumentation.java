package io.enterpriseconnect.cloud.platform.api;

import io.enterpriseconnect.protocol.errors.GitHubError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where API error bodies send the reader ({@code documentation_url}). */
@ApplicationScoped
public class ApiDocumentation {

    @Inject
    @ConfigProperty(name = "cloud.api.documentation-url", defaultValue = "https://docs.github.com/rest")
    String url;

    public GitHubError error(String message) {
        return GitHubError.of(message, url);
    }

    public GitHubError invalid(String resource, String field, String code, String message) {
        return GitHubError.validationFailed(List.of(GitHubError.FieldError.of(resource, field, code, message)), url);
    }
}
