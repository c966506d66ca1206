package io.enterpriseconnect.cloud.accounts;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void longPassphraseNeedsNothingElse() {
        assertNull(CloudUsers.passwordProblem("correct horse battery"));
    }

    @Test
    void shorterPasswordNeedsADigitAndALowercaseLetter() {
        assertNull(CloudUsers.passwordProblem("hunter22"));
        assertNotNull(CloudUsers.passwordProblem("HUNTER22"));
        assertNotNull(CloudUsers.passwordProblem("hunterhunter"));
    }

    @Test
    void fewerThanEightCharactersIsRefused() {
        assertNotNull(CloudUsers.passwordProblem("a1b2c3"));
        assertNotNull(CloudUsers.passwordProblem(null));
    }
}
