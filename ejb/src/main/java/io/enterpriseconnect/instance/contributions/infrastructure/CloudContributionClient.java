package io.enterpriseconnect.instance.contributions.infrastructure;

import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.connect.infrastructure.CloudExchange;
import io.enterpriseconnect.instance.connect.infrastructure.InstallationTokenCache;
import io.enterpriseconnect.instance.contributions.domain.CloudCount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The cloud's unified contributions API, called as the instance's installation (its token renewed
 * by {@link InstallationTokenCache}, once more after a 401). Deletions treat "already gone" (404) as
 * done, so a retried deletion ends.
 */
@ApplicationScoped
public class CloudContributionClient {

    static final String ACCESS = "/installation/unified-contributions";
    static final String LINKS = "/installation/user-links";
    static final String COUNTS = "/installation/contributions";

    @Inject
    CloudExchange calls;

    @EJB
    InstallationTokenCache tokens;

    /** The feature as the cloud has it for this instance. */
    public record Access(String status, Instant requestedAt, Instant decidedAt, String decidedBy) {
    }

    /** A cloud account linked to an instance user. */
    public record CloudUser(long id, String login) {
    }

    /** {@code PUT /installation/unified-contributions}: enabled at once (standard terms) or pending. */
    public Access requestAccess(long requestedByCloudUserId) {
        String body = Json.createObjectBuilder().add("requested_by_user_id", requestedByCloudUserId).build().toString();
        return withToken(token -> {
            String what = "requesting unified contributions";
            HttpResponse<String> response = calls.send(true, calls.json(ACCESS, auth(token), "PUT", body).build(), what);
            calls.expect(response, what, 200, 201, 202);
            return access(calls.object(response, what), what);
        });
    }

    /** {@code GET /installation/unified-contributions}. */
    public Access access() {
        return withToken(token -> {
            String what = "reading the unified contributions status";
            HttpResponse<String> response = calls.send(true, calls.request(ACCESS, auth(token)).GET().build(), what);
            calls.expect(response, what, 200);
            return access(calls.object(response, what), what);
        });
    }

    /** {@code DELETE /installation/unified-contributions}: off, and every count from this instance deleted. */
    public void disable() {
        delete(ACCESS, "disabling unified contributions");
    }

    /** {@code POST /installation/user-links}: the code the cloud sent the user back with, for their cloud account. */
    public CloudUser link(String code) {
        String body = Json.createObjectBuilder().add("code", code).build().toString();
        return withToken(token -> {
            String what = "linking the user's account";
            HttpResponse<String> response = calls.send(false, calls.json(LINKS, auth(token), "POST", body).build(), what);
            calls.expect(response, what, 200, 201);
            JsonObject user = calls.object(response, what);
            if (!(user.get("user_id") instanceof JsonNumber id) || !(user.get("login") instanceof JsonString login)) {
                throw calls.unexpected(what);
            }
            return new CloudUser(id.longValue(), login.getString());
        });
    }

    /** {@code DELETE /installation/user-links/{user_id}}: unlinked, and that user's counts deleted. */
    public void unlink(long cloudUserId) {
        delete(LINKS + "/" + cloudUserId, "unlinking cloud user " + cloudUserId);
    }

    /** {@code DELETE /installation/contributions/users/{user_id}}: that user's counts from this instance deleted. */
    public void deleteCounts(long cloudUserId) {
        delete(COUNTS + "/users/" + cloudUserId, "deleting the counts of cloud user " + cloudUserId);
    }

    /**
     * {@code POST /installation/contributions}: each entry sets the count of (user, this instance, day);
     * idempotent, so a batch sent again after a lost answer changes nothing.
     *
     * @return how many entries the cloud applied
     */
    public int send(UUID batchId, List<CloudCount> counts) {
        String body = batchJson(batchId, counts);
        return withToken(token -> {
            String what = "sending a batch of " + counts.size() + " counts";
            HttpResponse<String> response = calls.send(true, calls.json(COUNTS, auth(token), "POST", body).build(), what);
            calls.expect(response, what, 200);
            JsonObject answer = calls.object(response, what);
            if (!batchId.toString().equals(answer.getString("batch_id", null))
                    || !(answer.get("applied") instanceof JsonNumber applied)) {
                throw calls.unexpected(what);
            }
            return applied.intValue();
        });
    }

    /** Written by hand: a batch has up to 5,000 entries of numbers and dates, nothing to escape. */
    static String batchJson(UUID batchId, List<CloudCount> counts) {
        StringBuilder json = new StringBuilder(64 + counts.size() * 52);
        json.append("{\"batch_id\":\"").append(batchId).append("\",\"counts\":[");
        for (int i = 0; i < counts.size(); i++) {
            CloudCount count = counts.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"user_id\":").append(count.cloudUserId()).append(",\"day\":\"").append(count.day())
                    .append("\",\"count\":").append(count.count()).append('}');
        }
        return json.append("]}").toString();
    }

    private void delete(String path, String what) {
        withToken(token -> {
            HttpResponse<String> response = calls.send(true, calls.request(path, auth(token)).DELETE().build(), what);
            if (response.statusCode() != 404) {
                calls.expect(response, what, 200, 204);
            }
            return null;
        });
    }

    private Access access(JsonObject body, String what) {
        if (!(body.get("status") instanceof JsonString status)) {
            throw calls.unexpected(what);
        }
        try {
            return new Access(status.getString(), time(body, "requested_at"), time(body, "decided_at"), decidedBy(body));
        } catch (DateTimeParseException e) {
            throw calls.unexpected(what);
        }
    }

    private static Instant time(JsonObject body, String name) {
        return body.get(name) instanceof JsonString text ? OffsetDateTime.parse(text.getString()).toInstant() : null;
    }

    /** A login, or GitHub's user object with one. */
    private static String decidedBy(JsonObject body) {
        if (body.get("decided_by") instanceof JsonString login) {
            return login.getString();
        }
        if (body.get("decided_by") instanceof JsonObject user && user.get("login") instanceof JsonString login) {
            return login.getString();
        }
        return null;
    }

    private <T> T withToken(Function<String, T> call) {
        return tokens.withToken(call);
    }

    private static String auth(String token) {
        return "token " + token;
    }

    /** Whether a failure means the cloud was not reached (worth retrying), rather than a refusal. */
    public static boolean unreachable(CloudCallException e) {
        return e.kind() == CloudCallException.Kind.UNREACHABLE;
    }
}
