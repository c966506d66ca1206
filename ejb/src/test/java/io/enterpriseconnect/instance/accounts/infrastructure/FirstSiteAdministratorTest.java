package io.enterpriseconnect.instance.accounts.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.enterpriseconnect.instance.accounts.AccountService;
import org.junit.jupiter.api.Test;

class FirstSiteAdministratorTest {

    @Test
    void generatedPasswordsAreLongEnoughToBeAccepted() {
        String password = FirstSiteAdministrator.generate();
        assertEquals(20, password.length());
        assertEquals(true, password.length() >= AccountService.NewUser.MIN_PASSWORD_LENGTH);
    }

    @Test
    void everyStartGeneratesADifferentPassword() {
        assertNotEquals(FirstSiteAdministrator.generate(), FirstSiteAdministrator.generate());
    }
}
