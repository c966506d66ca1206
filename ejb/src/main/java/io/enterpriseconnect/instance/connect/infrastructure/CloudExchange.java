package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.CloudUnreachableException;
import io.enterpriseconnect.instance.platform.InstanceVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * What every client of the cloud's GitHub-compatible API shares: requests with GitHub's media type
 * and the instance's user agent, sent through {@link CloudTransport} (proxy, retries, circuit breaker),
 * and failures turned into {@link CloudCallException}s that name the call and keep only the cloud's
 * own {@code message} from the body.
 */
@ApplicationScoped
public class CloudExchange {

    private static final String GITHUB_JSON = "application/vnd.github+json";
    private static final int MAX_MESSAGE = 300;

    @Inject
    CloudTransport http;

    @Inject
    CloudLocation endpoints;

    /** A request to {@code path} under the API root, with {@code authorization} if not null. */
    public HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.api(path))
                .timeout(http.timeout())
                .header("Accept", GITHUB_JSON)
                .header("User-Agent", "enterprise-connect-instance/" + InstanceVersion.get());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /** A request with a JSON body. */
    public HttpRequest.Builder json(String path, String authorization, String method, String body) {
        return request(path, authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * Sends; {@code repeatable} calls (the cloud may see them twice without harm) are retried while
     * the cloud is not reached.
     */
    public HttpResponse<String> send(boolean repeatable, HttpRequest request, String what) {
        try {
            return repeatable ? http.sendIdempotent(request) : http.send(request);
        } catch (CircuitBreakerOpenException e) {
            throw new CloudUnreachableException(0, "Not calling the cloud for a few seconds after repeated failures ("
                    + what + "); try again shortly");
        } catch (FaultToleranceException e) {
            throw new CloudUnreachableException(0, "The cloud did not answer in time (" + what + ")");
        }
    }

    /** Refuses any status but {@code expected}, naming the call, the status and the cloud's message. */
    public void expect(HttpResponse<String> response, String what, int... expected) {
        if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
            throw refused(response, what);
        }
    }

    public CloudCallException refused(HttpResponse<String> response, String what) {
        String message = message(response);
        return new CloudCallException(response.statusCode() >= 500 ? CloudCallException.Kind.UNREACHABLE
                : CloudCallException.Kind.REFUSED, response.statusCode(),
                "The cloud refused " + what + ": HTTP " + response.statusCode()
                        + (message == null ? "" : " \"" + message + "\""));
    }

    public JsonObject object(HttpResponse<String> response, String what) {
        try {
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw unexpected(what);
        }
    }

    public CloudCallException unexpected(String what) {
        return new CloudCallException(CloudCallException.Kind.REFUSED, 0,
                "The cloud's answer to " + what + " is not what the GitHub App API returns; is "
                        + endpoints.api() + " the cloud's API root (instance.cloud.api-url)?");
    }

    /** The cloud's {@code message} field, and nothing else from the body. */
    public static String message(HttpResponse<String> response) {
        try {
            JsonValue body = Json.createReader(new StringReader(response.body())).readValue();
            if (body instanceof JsonObject object && object.get("message") instanceof JsonString text) {
                String message = text.getString();
                return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
            }
        } catch (JsonException | IllegalStateException e) {
            // not JSON: the status alone has to do
        }
        return null;
    }
}
