package io.enterpriseconnect.instance.contributions.webhooks.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which webhook events are contributions, and whose, on which day. What counts: commits pushed to
 * the repository's default branch (for the user whose verified address authored them), issues and
 * pull requests opened, pull request reviews submitted, repositories created; never in a fork. The
 * moment is the commit's timestamp or the object's creation (submission) time; its UTC day is the day
 * counted. Pure: no database, so the rules are tested on their own.
 */
public final class ContributionEventParser {

    public static final Set<String> SUPPORTED = Set.of("push", "pull_request", "issues", "pull_request_review",
            "repository", "ping");

    private ContributionEventParser() {
    }

    /** Someone a contribution is for: by login, or (commits) by author address. */
    public record Candidate(String sourceKey, String login, String email, Instant at) {
    }

    /** The contributions in a delivery, or why it holds none. */
    public record Parsed(List<Candidate> candidates, String ignoredBecause) {

        static Parsed ignored(String reason) {
            return new Parsed(List.of(), reason);
        }

        static Parsed of(List<Candidate> candidates) {
            return new Parsed(candidates, candidates.isEmpty() ? "no commits in the push" : null);
        }
    }

    /**
     * @param event the {@code X-GitHub-Event}, one of {@link #SUPPORTED}
     * @throws MalformedDeliveryException naming the missing or wrong field
     */
    public static Parsed parse(String event, JsonObject payload) {
        return switch (event) {
            case "ping" -> Parsed.ignored("ping: the webhook works");
            case "push" -> push(payload);
            case "pull_request" -> opened(payload, "pull_request", "opened");
            case "issues" -> opened(payload, "issue", "opened");
            case "pull_request_review" -> review(payload);
            case "repository" -> repository(payload);
            default -> throw new IllegalArgumentException("Unsupported event " + event);
        };
    }

    private static Parsed push(JsonObject payload) {
        JsonObject repository = object(payload, "repository");
        if (payload.getBoolean("deleted", false)) {
            return Parsed.ignored("the push deleted a branch");
        }
        String ref = string(payload, "ref", "ref");
        String defaultBranch = string(repository, "default_branch", "repository.default_branch");
        if (!ref.equals("refs/heads/" + defaultBranch)) {
            return Parsed.ignored("pushed to " + ref + ", not the default branch " + defaultBranch);
        }
        if (isFork(repository)) {
            return Parsed.ignored("the repository is a fork");
        }
        long repositoryId = number(repository, "id", "repository.id");
        JsonArray commits = payload.get("commits") instanceof JsonArray array ? array : null;
        if (commits == null) {
            throw new MalformedDeliveryException("commits", "is missing or not an array");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < commits.size(); i++) {
            String at = "commits[" + i + "]";
            if (!(commits.get(i) instanceof JsonObject commit)) {
                throw new MalformedDeliveryException(at, "is not an object");
            }
            String sha = string(commit, "id", at + ".id");
            JsonObject author = object(commit, "author", at + ".author");
            candidates.add(new Candidate("commit:" + repositoryId + ":" + sha, null,
                    string(author, "email", at + ".author.email"), time(commit, "timestamp", at + ".timestamp")));
        }
        return Parsed.of(candidates);
    }

    /** An issue or a pull request opened: counted for its author, on the day it was created. */
    private static Parsed opened(JsonObject payload, String objectName, String countedAction) {
        String action = string(payload, "action", "action");
        if (!action.equals(countedAction)) {
            return Parsed.ignored(objectName + " " + action + " is not a contribution (only " + countedAction + ")");
        }
        JsonObject repository = object(payload, "repository");
        if (isFork(repository)) {
            return Parsed.ignored("the repository is a fork");
        }
        JsonObject opened = object(payload, objectName);
        long number = number(opened, "number", objectName + ".number");
        String login = string(object(opened, "user", objectName + ".user"), "login", objectName + ".user.login");
        return Parsed.of(List.of(new Candidate(objectName + ":" + number(repository, "id", "repository.id") + ":" + number,
                login, null, time(opened, "created_at", objectName + ".created_at"))));
    }

    private static Parsed review(JsonObject payload) {
        String action = string(payload, "action", "action");
        if (!action.equals("submitted")) {
            return Parsed.ignored("pull_request_review " + action + " is not a contribution (only submitted)");
        }
        JsonObject repository = object(payload, "repository");
        if (isFork(repository)) {
            return Parsed.ignored("the repository is a fork");
        }
        JsonObject review = object(payload, "review");
        String login = string(object(review, "user", "review.user"), "login", "review.user.login");
        return Parsed.of(List.of(new Candidate("review:" + number(review, "id", "review.id"), login, null,
                time(review, "submitted_at", "review.submitted_at"))));
    }

    private static Parsed repository(JsonObject payload) {
        String action = string(payload, "action", "action");
        if (!action.equals("created")) {
            return Parsed.ignored("repository " + action + " is not a contribution (only created)");
        }
        JsonObject repository = object(payload, "repository");
        if (isFork(repository)) {
            return Parsed.ignored("the repository is a fork");
        }
        String login = string(object(payload, "sender"), "login", "sender.login");
        return Parsed.of(List.of(new Candidate("repository:" + number(repository, "id", "repository.id"), login, null,
                time(repository, "created_at", "repository.created_at"))));
    }

    private static boolean isFork(JsonObject repository) {
        JsonValue fork = repository.get("fork");
        if (fork != null && fork != JsonValue.TRUE && fork != JsonValue.FALSE && fork != JsonValue.NULL) {
            throw new MalformedDeliveryException("repository.fork", "is not true or false");
        }
        return fork == JsonValue.TRUE;
    }

    private static JsonObject object(JsonObject parent, String name) {
        return object(parent, name, name);
    }

    private static JsonObject object(JsonObject parent, String name, String field) {
        if (parent.get(name) instanceof JsonObject object) {
            return object;
        }
        throw new MalformedDeliveryException(field, "is missing or not an object");
    }

    private static String string(JsonObject parent, String name, String field) {
        if (parent.get(name) instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString();
        }
        throw new MalformedDeliveryException(field, "is missing or not a string");
    }

    private static long number(JsonObject parent, String name, String field) {
        if (parent.get(name) instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new MalformedDeliveryException(field, "is missing or not a whole number");
    }

    /** GitHub's ISO-8601 times with an offset ({@code 2026-11-02T19:00:00+09:00}), or Unix seconds. */
    private static Instant time(JsonObject parent, String name, String field) {
        JsonValue value = parent.get(name);
        if (value instanceof JsonNumber seconds && seconds.isIntegral()) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        if (value instanceof JsonString text) {
            try {
                return OffsetDateTime.parse(text.getString()).toInstant();
            } catch (DateTimeParseException e) {
                throw new MalformedDeliveryException(field, "is not an ISO-8601 time with an offset, such as "
                        + "2026-11-02T10:15:00Z");
            }
        }
        throw new MalformedDeliveryException(field, "is missing");
    }
}
