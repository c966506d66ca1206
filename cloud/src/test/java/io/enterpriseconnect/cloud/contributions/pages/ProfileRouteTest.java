package io.enterpriseconnect.cloud.contributions.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProfileRouteTest {

    @Test
    void theLoginIsTheOnePathSegment() {
        assertEquals("octocat", ProfileRoute.login("/octocat"));
    }

    @Test
    void nothingLivesBelowOrWithoutALogin() {
        assertNull(ProfileRoute.login(null));
        assertNull(ProfileRoute.login("/"));
        assertNull(ProfileRoute.login("/octocat/"));
        assertNull(ProfileRoute.login("/octocat/repos"));
    }
}
