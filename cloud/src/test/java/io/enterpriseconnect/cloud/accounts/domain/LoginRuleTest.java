package io.enterpriseconnect.cloud.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"octocat", "octo-org", "a", "A1-b2-c3", "abcdefghijklmnopqrstuvwxyz0123456789abc"})
    void githubStyleNamesAreAccepted(String login) {
        assertTrue(LoginRule.isValid(login));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-octo", "octo-", "octo--org", "octo org", "octo_org", "octo:org", "ök",
            "abcdefghijklmnopqrstuvwxyz0123456789abcd"})
    void namesBreakingGithubRulesAreRefused(String login) {
        assertFalse(LoginRule.isValid(login));
    }
}
