package io.enterpriseconnect.protocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/connect/authorize?state=x&redirect_uri=https%3A%2F%2Fghe", "/connect.xhtml#cloud",
            "/a/b?next=//x"})
    void pathsOnThisSiteAreKept(String next) {
        assertTrue(LocalRedirect.isLocal(next));
        assertEquals(next, LocalRedirect.safe(next));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "https://evil.example", "javascript:alert(1)", "evil.example/x", "//evil.example/x",
            "/\\evil.example", "/a\\b", "\\\\evil.example", "/x\r\nSet-Cookie: a=b", "/x\ty", "/x\u007f"})
    void otherHostsAndOddPathsFallBack(String next) {
        assertFalse(LocalRedirect.isLocal(next));
        assertEquals("/", LocalRedirect.safe(next));
        assertEquals("/index.xhtml", LocalRedirect.safe(next, "/index.xhtml"));
    }
}
