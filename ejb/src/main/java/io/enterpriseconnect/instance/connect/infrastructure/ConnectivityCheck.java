package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.domain.EndpointCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * "Test connection": can the instance reach the cloud's web host and its API host, through the
 * configured proxy? Each is reported on its own with the reason it failed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectivityCheck {

    @Inject
    CloudTransport http;

    @Inject
    CloudLocation endpoints;

    public List<EndpointCheck> run() {
        return List.of(web(), api());
    }

    /** The sign-in pages: any answer short of an error (a redirect to sign in is fine). */
    private EndpointCheck web() {
        URI url = URI.create(endpoints.web() + "/");
        return probe("web", url, response -> response.statusCode() < 400, "the cloud's web pages answered");
    }

    /**
     * The API: GitHub's {@code GET /meta}, which answers without credentials; another server's
     * error page, or another API's JSON, does not carry its fields.
     */
    private EndpointCheck api() {
        URI url = URI.create(endpoints.api() + "/meta");
        return probe("api", url, response -> response.statusCode() == 200 && isMeta(response.body()),
                "the cloud's API answered GET /meta");
    }

    private static boolean isMeta(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue meta = reader.readValue();
            return meta.getValueType() == JsonValue.ValueType.OBJECT
                    && meta.asJsonObject().containsKey("verifiable_password_authentication");
        } catch (JsonException notJson) {
            return false;
        }
    }

    private EndpointCheck probe(String name, URI url, java.util.function.Predicate<HttpResponse<String>> healthy,
            String success) {
        ProxyConfiguration proxy = endpoints.proxy();
        String via = proxy.enabled() ? " (through the proxy " + proxy.address() + ")" : "";
        try {
            HttpResponse<String> response = http.probe(HttpRequest.newBuilder(url).timeout(endpoints.timeout())
                    .header("Accept", "application/vnd.github+json").GET().build());
            int status = response.statusCode();
            if (healthy.test(response)) {
                return new EndpointCheck(name, url.toString(), true, status, success + " (HTTP " + status + ")" + via);
            }
            String why = status == 407 || status >= 500 ? FailureReason.ofStatus(status)
                    : "HTTP " + status + ": this is not the cloud's " + name + " address; check instance.cloud."
                    + (name.equals("api") ? "api-url" : "url");
            return new EndpointCheck(name, url.toString(), false, status, why + via);
        } catch (IOException e) {
            return new EndpointCheck(name, url.toString(), false, 0, FailureReason.of(e, url, proxy) + via);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EndpointCheck(name, url.toString(), false, 0, "interrupted");
        }
    }
}
