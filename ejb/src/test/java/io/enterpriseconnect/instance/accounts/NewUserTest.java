package io.enterpriseconnect.instance.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enterpriseconnect.instance.accounts.domain.InvalidUserException;
import io.enterpriseconnect.instance.accounts.domain.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewUserTest {

    private static AccountService.NewUser user(String login, String password, Set<String> roles) {
        return new AccountService.NewUser(login, password, roles);
    }

    @Test
    void aWellFormedUserIsAccepted() {
        assertDoesNotThrow(() -> user("mona-lisa", "correct horse battery", Set.of(Role.MEMBER)).validate());
    }

    @Test
    void anUpperCaseLoginIsRefusedNamingTheLogin() {
        var error = assertThrows(InvalidUserException.class,
                () -> user("Mona", "correct horse battery", Set.of(Role.MEMBER)).validate());
        assertEquals("login", error.field());
    }

    @Test
    void aShortPasswordIsRefusedNamingThePassword() {
        var error = assertThrows(InvalidUserException.class,
                () -> user("mona", "short", Set.of(Role.MEMBER)).validate());
        assertEquals("password", error.field());
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheRole() {
        var error = assertThrows(InvalidUserException.class,
                () -> user("mona", "correct horse battery", Set.of("root")).validate());
        assertEquals("roles", error.field());
        assertEquals("'root' is not one of " + Set.of(Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER),
                error.problem());
    }
}
