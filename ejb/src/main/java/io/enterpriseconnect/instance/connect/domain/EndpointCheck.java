package io.enterpriseconnect.instance.connect.domain;

/** One host the instance must reach, as "Test connection" found it: reachable or why not. */
public record EndpointCheck(String name, String url, boolean reachable, int status, String reason) {
}
