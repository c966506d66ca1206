package io.enterpriseconnect.cloud.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The cloud's REST API. It mirrors GitHub's REST API (paths, JSON field names, status codes, error
 * body) under {@value #ROOT}, so an existing GitHub App client pointed at {@code {cloud}/api/v3}
 * works unchanged.
 */
@ApplicationPath(CloudApiApplication.ROOT)
@OpenAPIDefinition(
        info = @Info(title = "Enterprise Connect cloud API", version = "v3",
                description = "GitHub-compatible app protocol (app JWTs, installations, installation tokens, "
                        + "manifest code conversion) and the connection records of connected instances."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "appJwt", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "JWT", description = "RS256 JWT signed with the app's private key, iss = app id"),
        @SecurityScheme(securitySchemeName = "installationToken", type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = "Authorization",
                description = "'token ghs_...' or 'Bearer ghs_...': an installation access token"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "A cloud user's login and password, for scripts")
})
public class CloudApiApplication extends Application {

    public static final String ROOT = "/api/v3";
}
