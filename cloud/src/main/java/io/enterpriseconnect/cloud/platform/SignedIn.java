package io.enterpriseconnect.cloud.platform;

import java.io.Serializable;
import java.util.Set;

/** Who signed in to this browser session, kept in the session so that later pages know. */
public record SignedIn(String login, Set<String> roles) implements Serializable {

    public static final String SESSION_ATTRIBUTE = SignedIn.class.getName();
}
