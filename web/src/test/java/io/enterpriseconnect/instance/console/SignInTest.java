package io.enterpriseconnect.instance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTest {

    private static final String HOME = "/admin/connect.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {"/admin/connect.xhtml", "/settings/connect.xhtml?tab=contributions",
            "/admin/contributions/sync.xhtml"})
    void aConsolePageOnThisSiteIsWhereTheUserGoesNext(String next) {
        assertEquals(next, SignIn.safeNext(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/admin/connect.xhtml", "//evil.example/connect.xhtml",
            "/\\evil.example/connect.xhtml", "\\\\evil.example\\connect.xhtml", "javascript:alert(1)//.xhtml",
            "admin/connect.xhtml", "/admin/connect.xhtml\r\nSet-Cookie: x=1", "/admin/connect.xhtml\u007f",
            "/api/users", "/help/en/index.html"})
    void anythingElseGoesToTheHomePage(String next) {
        assertEquals(HOME, SignIn.safeNext(next));
    }
}
