package io.enterpriseconnect.instance.contributions.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.instance.contributions.domain.UtcDay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionEventParserTest {

    private static final String REPOSITORY = "\"repository\":{\"id\":42,\"full_name\":\"octo/app\","
            + "\"default_branch\":\"main\",\"fork\":false}";

    @Test
    void commitsPushedToTheDefaultBranchCountForTheirAuthorsAddressOnTheirUtcDay() {
        ContributionEventParser.Parsed parsed = parse("push", "{\"ref\":\"refs/heads/main\"," + REPOSITORY + ",\"commits\":["
                + "{\"id\":\"a1\",\"timestamp\":\"2026-11-02T23:30:00-05:00\",\"author\":{\"email\":\"Mona@Example.com\"}},"
                + "{\"id\":\"b2\",\"timestamp\":\"2026-11-02T08:00:00+09:00\",\"author\":{\"email\":\"hubot@example.com\"}}]}");

        List<ContributionEventParser.Candidate> commits = parsed.candidates();
        assertEquals(2, commits.size());
        assertEquals("commit:42:a1", commits.get(0).sourceKey());
        assertEquals("Mona@Example.com", commits.get(0).email());
        assertNull(commits.get(0).login());
        assertEquals(LocalDate.of(2026, 11, 3), UtcDay.of(commits.get(0).at()), "23:30 at UTC-5 is the next UTC day");
        assertEquals(LocalDate.of(2026, 11, 1), UtcDay.of(commits.get(1).at()), "08:00 at UTC+9 is the previous UTC day");
    }

    @Test
    void pushesToOtherBranchesForksAndBranchDeletionsCountNothing() {
        assertTrue(parse("push", "{\"ref\":\"refs/heads/feature\"," + REPOSITORY + ",\"commits\":[]}")
                .ignoredBecause().contains("not the default branch main"));
        assertTrue(parse("push", "{\"ref\":\"refs/tags/v1\"," + REPOSITORY + ",\"commits\":[]}")
                .candidates().isEmpty());
        assertTrue(parse("push", "{\"ref\":\"refs/heads/main\",\"repository\":{\"id\":1,\"default_branch\":\"main\","
                + "\"fork\":true},\"commits\":[{\"id\":\"x\",\"timestamp\":\"2026-11-02T10:00:00Z\","
                + "\"author\":{\"email\":\"a@b.c\"}}]}").ignoredBecause().contains("fork"));
        assertTrue(parse("push", "{\"ref\":\"refs/heads/main\",\"deleted\":true," + REPOSITORY + ",\"commits\":[]}")
                .ignoredBecause().contains("deleted"));
    }

    @Test
    void openedIssuesAndPullRequestsCountForTheirAuthorOnTheDayTheyWereCreated() {
        ContributionEventParser.Candidate issue = single(parse("issues", "{\"action\":\"opened\"," + REPOSITORY
                + ",\"issue\":{\"number\":7,\"user\":{\"login\":\"mona\"},\"created_at\":\"2026-11-02T10:00:00Z\"}}"));
        assertEquals("issue:42:7", issue.sourceKey());
        assertEquals("mona", issue.login());
        assertEquals(Instant.parse("2026-11-02T10:00:00Z"), issue.at());

        ContributionEventParser.Candidate pull = single(parse("pull_request", "{\"action\":\"opened\"," + REPOSITORY
                + ",\"pull_request\":{\"number\":8,\"user\":{\"login\":\"hubot\"},\"created_at\":\"2026-11-02T10:00:00Z\"}}"));
        assertEquals("pull_request:42:8", pull.sourceKey());
        assertEquals("hubot", pull.login());
    }

    @Test
    void otherActionsAreNotContributions() {
        assertTrue(parse("pull_request", "{\"action\":\"closed\"," + REPOSITORY + "}").ignoredBecause()
                .contains("only opened"));
        assertTrue(parse("issues", "{\"action\":\"edited\"," + REPOSITORY + "}").candidates().isEmpty());
        assertTrue(parse("pull_request_review", "{\"action\":\"dismissed\"," + REPOSITORY + "}").candidates().isEmpty());
        assertTrue(parse("repository", "{\"action\":\"deleted\"," + REPOSITORY + "}").candidates().isEmpty());
        assertTrue(parse("ping", "{\"zen\":\"Keep it logically awesome.\"}").candidates().isEmpty());
    }

    @Test
    void submittedReviewsAndCreatedRepositoriesCount() {
        ContributionEventParser.Candidate review = single(parse("pull_request_review", "{\"action\":\"submitted\","
                + REPOSITORY + ",\"review\":{\"id\":99,\"user\":{\"login\":\"mona\"},"
                + "\"submitted_at\":\"2026-11-02T10:00:00Z\"}}"));
        assertEquals("review:99", review.sourceKey());
        assertEquals("mona", review.login());

        ContributionEventParser.Candidate repository = single(parse("repository", "{\"action\":\"created\","
                + "\"repository\":{\"id\":5,\"fork\":false,\"created_at\":\"2026-11-02T10:00:00Z\"},"
                + "\"sender\":{\"login\":\"mona\"}}"));
        assertEquals("repository:5", repository.sourceKey());
        assertEquals("mona", repository.login());
    }

    @Test
    void issuesInForksDoNotCount() {
        assertTrue(parse("issues", "{\"action\":\"opened\",\"repository\":{\"id\":1,\"fork\":true},"
                + "\"issue\":{\"number\":1,\"user\":{\"login\":\"mona\"},\"created_at\":\"2026-11-02T10:00:00Z\"}}")
                .ignoredBecause().contains("fork"));
    }

    @Test
    void missingOrWrongFieldsAreNamed() {
        assertEquals("repository", malformed("push", "{\"ref\":\"refs/heads/main\"}"));
        assertEquals("commits", malformed("push", "{\"ref\":\"refs/heads/main\"," + REPOSITORY + "}"));
        assertEquals("commits[0].author.email", malformed("push", "{\"ref\":\"refs/heads/main\"," + REPOSITORY
                + ",\"commits\":[{\"id\":\"a\",\"timestamp\":\"2026-11-02T10:00:00Z\",\"author\":{}}]}"));
        assertEquals("commits[0].timestamp", malformed("push", "{\"ref\":\"refs/heads/main\"," + REPOSITORY
                + ",\"commits\":[{\"id\":\"a\",\"timestamp\":\"yesterday\",\"author\":{\"email\":\"a@b.c\"}}]}"));
        assertEquals("issue.user.login", malformed("issues", "{\"action\":\"opened\"," + REPOSITORY
                + ",\"issue\":{\"number\":1,\"user\":{},\"created_at\":\"2026-11-02T10:00:00Z\"}}"));
        assertEquals("action", malformed("issues", "{" + REPOSITORY + "}"));
        assertEquals("repository.fork", malformed("issues", "{\"action\":\"opened\",\"repository\":{\"id\":1,"
                + "\"fork\":\"no\"}}"));
        assertEquals("review.id", malformed("pull_request_review", "{\"action\":\"submitted\"," + REPOSITORY
                + ",\"review\":{\"id\":\"x\",\"user\":{\"login\":\"m\"},\"submitted_at\":\"2026-11-02T10:00:00Z\"}}"));
    }

    private static String malformed(String event, String json) {
        return assertThrows(MalformedDeliveryException.class, () -> parse(event, json)).field();
    }

    private static ContributionEventParser.Candidate single(ContributionEventParser.Parsed parsed) {
        assertEquals(1, parsed.candidates().size(), parsed::toString);
        return parsed.candidates().get(0);
    }

    private static ContributionEventParser.Parsed parse(String event, String json) {
        JsonObject payload = Json.createReader(new StringReader(json)).readObject();
        return ContributionEventParser.parse(event, payload);
    }
}
