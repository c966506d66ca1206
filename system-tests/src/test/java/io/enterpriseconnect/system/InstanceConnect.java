package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GitHub Connect driven over the instance's API, as a script would, by one site administrator. */
final class InstanceConnect {

    final String login;
    final String password;

    InstanceConnect(String login, String password) {
        this.login = login;
        this.password = password;
    }

    static InstanceConnect admin() {
        return new InstanceConnect(Http.ADMIN, Http.ADMIN_PASSWORD);
    }

    HttpResponse<String> status() {
        return Http.get(INSTANCE + "/api/connect", login, password);
    }

    String state() {
        return field(status().body(), "state");
    }

    HttpResponse<String> enable() {
        return Http.postJson(INSTANCE + "/api/connect/enable", "{\"acceptAddendum\":true}", login, password);
    }

    HttpResponse<String> authorizeUrl() {
        return Http.postJson(INSTANCE + "/api/connect/authorize-url", "", login, password);
    }

    HttpResponse<String> complete(String code, String state) {
        return Http.postJson(INSTANCE + "/api/connect/complete",
                "{\"code\":\"" + code + "\",\"state\":\"" + state + "\"}", login, password);
    }

    HttpResponse<String> disable() {
        return Http.postJson(INSTANCE + "/api/connect/disable", "", login, password);
    }

    HttpResponse<String> test() {
        return Http.postJson(INSTANCE + "/api/connect/test", "", login, password);
    }

    HttpResponse<String> audit() {
        return Http.get(INSTANCE + "/api/audit", login, password);
    }

    /** Enabled, and the cloud's answer to Connect for the account: the callback address with code and state. */
    URI enableAndConnectOnCloud(CloudSession cloud, String account) {
        if ("NOT_ENABLED".equals(state())) {
            assertEquals(200, enable().statusCode());
        }
        HttpResponse<String> link = authorizeUrl();
        assertEquals(200, link.statusCode(), link.body());
        return cloud.connect(field(link.body(), "url"), account);
    }

    /** The whole connect, through the API; returns the status body. */
    String connect(CloudSession cloud, String account) {
        URI back = enableAndConnectOnCloud(cloud, account);
        HttpResponse<String> done = complete(CloudSession.queryParameter(back, "code"), CloudSession.queryParameter(back, "state"));
        assertEquals(200, done.statusCode(), done.body());
        return done.body();
    }

    /** Leaves the instance not enabled, whatever an earlier test left behind. */
    void reset() {
        if (!"NOT_ENABLED".equals(state())) {
            assertEquals(200, disable().statusCode());
        }
    }

    /** A top-level or nested string field of a JSON body, by name (enough for these flat answers). */
    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(json);
        if (!value.find()) {
            throw new AssertionError("No " + name + " in " + json);
        }
        return value.group(1).replace("\\u0026", "&").replace("\\/", "/");
    }
}
