package io.enterpriseconnect.instance.connect;

import io.enterpriseconnect.instance.platform.LibraryHealthCheck;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the cloud answers. The instance serves its users without the cloud, so an
 * unreachable cloud is reported in the check's data and does not make the instance unready.
 */
@Readiness
@Dependent
public class CloudLinkHealth extends LibraryHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    @ConfigProperty(name = "instance.cloud.url", defaultValue = "http://localhost:8180")
    String cloudUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("cloud-link").up().withData("url", cloudUrl);
        try {
            var request = HttpRequest.newBuilder(URI.create(cloudUrl)).timeout(TIMEOUT).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.withData("answers", true).withData("status", status).build();
        } catch (IOException | IllegalArgumentException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return response.withData("answers", false).withData("error", reason).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.withData("answers", false).withData("error", "interrupted").build();
        }
    }
}
