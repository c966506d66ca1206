package io.enterpriseconnect.protocol.errors;

import static io.enterpriseconnect.protocol.Wire.assertRoundTrip;
import static io.enterpriseconnect.protocol.Wire.fromJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GitHubErrorTest {

    @Test
    void aPlainRefusalHasMessageAndDocumentationOnly() {
        assertRoundTrip(GitHubError.of("Not Found", "https://docs.github.com/rest"),
                "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
    }

    @Test
    void validationFailedNamesEachField() {
        assertRoundTrip(GitHubError.validationFailed(List.of(
                        GitHubError.FieldError.of("ContributionCount", "counts[3].day", "invalid", "day is in the future"),
                        new GitHubError.FieldError("Label", "name", "already_exists", null, 2)),
                "https://docs.github.com/rest"), """
                {"message":"Validation Failed","documentation_url":"https://docs.github.com/rest","errors":[
                 {"resource":"ContributionCount","field":"counts[3].day","code":"invalid","message":"day is in the future"},
                 {"resource":"Label","field":"name","code":"already_exists","index":2}]}""");
    }

    /** GitHub's 422 as its REST API documents it, with a {@code status} we do not model. */
    @Test
    void githubsOwnValidationFailedIsRead() {
        GitHubError error = fromJson("""
                {"message":"Validation Failed","errors":[{"resource":"Issue","field":"title","code":"missing_field"}],
                 "documentation_url":"https://docs.github.com/rest/issues/issues#create-an-issue","status":"422"}""",
                GitHubError.class);
        assertEquals("missing_field", error.errors().get(0).code());
        assertEquals("title", error.errors().get(0).field());
    }
}
