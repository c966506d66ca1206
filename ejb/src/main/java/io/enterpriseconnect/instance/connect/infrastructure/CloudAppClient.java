package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.domain.AccessToken;
import io.enterpriseconnect.instance.connect.domain.AppGrant;
import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.domain.CloudInstallation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The GitHub App protocol as the instance uses it against the cloud's GitHub-compatible API:
 * converting the one-time code, listing installations and taking installation tokens with the app's
 * JWT, deleting the installation, and keeping the connection record with an installation token.
 */
@ApplicationScoped
public class CloudAppClient {

    @Inject
    CloudExchange calls;

    /** {@code POST /app-manifests/{code}/conversions}: one attempt only, a code works once. */
    public AppGrant convert(String code) {
        HttpResponse<String> response = call(false, request("/app-manifests/" + encode(code) + "/conversions", null)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), "exchanging the code");
        expect(response, 201, "exchanging the code");
        JsonObject app = object(response, "exchanging the code");
        try {
            JsonObject owner = app.getJsonObject("owner");
            return new AppGrant(app.getJsonNumber("id").longValue(), app.getString("slug", ""),
                    app.getString("client_id", null), owner.getString("login"), owner.getString("type", ""),
                    app.getString("pem"), app.getString("webhook_secret", ""));
        } catch (NullPointerException | ClassCastException e) {
            throw unexpected("exchanging the code");
        }
    }

    /** {@code GET /app}, as the app: its OAuth {@code client_id}, which users are sent to the cloud with. */
    public String clientId(String appJwt) {
        HttpResponse<String> response = call(true, request("/app", "Bearer " + appJwt).GET().build(), "reading the app");
        expect(response, 200, "reading the app");
        String clientId = object(response, "reading the app").getString("client_id", null);
        if (clientId == null || clientId.isBlank()) {
            throw unexpected("reading the app");
        }
        return clientId;
    }

    /** {@code GET /app/installations}, as the app. */
    public List<CloudInstallation> installations(String appJwt) {
        HttpResponse<String> response = call(true, request("/app/installations", "Bearer " + appJwt).GET().build(),
                "listing the app's installations");
        expect(response, 200, "listing the app's installations");
        try {
            return Json.createReader(new StringReader(response.body())).readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .map(i -> new CloudInstallation(i.getJsonNumber("id").longValue(),
                            i.getJsonObject("account").getString("login"),
                            i.getJsonObject("account").getString("type", "")))
                    .toList();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw unexpected("listing the app's installations");
        }
    }

    /** {@code POST /app/installations/{id}/access_tokens}, as the app: a token valid one hour. */
    public AccessToken createToken(String appJwt, long installationId) {
        HttpResponse<String> response = call(true, request("/app/installations/" + installationId + "/access_tokens",
                "Bearer " + appJwt).POST(HttpRequest.BodyPublishers.noBody()).build(), "creating an installation token");
        expect(response, 201, "creating an installation token");
        JsonObject token = object(response, "creating an installation token");
        try {
            return new AccessToken(token.getString("token"), Instant.parse(token.getString("expires_at")));
        } catch (DateTimeParseException | NullPointerException | ClassCastException e) {
            throw unexpected("creating an installation token");
        }
    }

    /**
     * {@code DELETE /app/installations/{id}}, as the app.
     *
     * @return false when the cloud no longer knows the app or the installation (already deleted)
     */
    public boolean deleteInstallation(String appJwt, long installationId) {
        HttpResponse<String> response = call(true, request("/app/installations/" + installationId, "Bearer " + appJwt)
                .DELETE().build(), "deleting the installation");
        if (response.statusCode() == 404 || isUnknownApp(response)) {
            return false;
        }
        expect(response, 204, "deleting the installation");
        return true;
    }

    /** Whether a refusal says the app itself is gone (GitHub answers a JWT of a deleted app this way). */
    public boolean isUnknownApp(HttpResponse<String> response) {
        return response.statusCode() == 401 && "Integration not found".equals(CloudExchange.message(response));
    }

    /** {@code PUT /installation/connection}, as the installation: creates or refreshes the connection record. */
    public void putConnectionRecord(String installationToken, JsonObject report) {
        HttpResponse<String> response = call(true, request("/installation/connection", "token " + installationToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(report.toString())).build(), "sending the connection record");
        expect(response, 200, "sending the connection record");
    }

    private HttpRequest.Builder request(String path, String authorization) {
        return calls.request(path, authorization);
    }

    private HttpResponse<String> call(boolean repeatable, HttpRequest request, String what) {
        return calls.send(repeatable, request, what);
    }

    private void expect(HttpResponse<String> response, int status, String what) {
        calls.expect(response, what, status);
    }

    private JsonObject object(HttpResponse<String> response, String what) {
        return calls.object(response, what);
    }

    private CloudCallException unexpected(String what) {
        return calls.unexpected(what);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
