package io.enterpriseconnect.cloud.accounts;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void longPassphraseNeedsNothingElse() {
        assertNull(CloudUserService.passwordProblem("correct horse battery"));
    }

    @Test
    void shorterPasswordNeedsADigitAndALowercaseLetter() {
        assertNull(CloudUserService.passwordProblem("hunter22"));
        assertNotNull(CloudUserService.passwordProblem("HUNTER22"));
        assertNotNull(CloudUserService.passwordProblem("hunterhunter"));
    }

    @Test
    void fewerThanEightCharactersIsRefused() {
        assertNotNull(CloudUserService.passwordProblem("a1b2c3"));
        assertNotNull(CloudUserService.passwordProblem(null));
    }
}
