package io.enterpriseconnect.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for black-box calls to the deployed system. */
final class Http {

    static final String INSTANCE = System.getProperty("instance.url", "http://localhost:9080");
    static final String CLOUD = System.getProperty("cloud.url", "http://localhost:9180");
    static final String MANAGEMENT = System.getProperty("management.url", "http://localhost:10990");
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = System.getProperty("test.admin.password");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    static HttpResponse<String> get(String url, String login, String password) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url)), login, password).GET().build());
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    static HttpResponse<String> postJson(String url, String json, String login, String password) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url)), login, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Any method, with a JSON body or none. */
    static HttpResponse<String> send(String method, String url, String json, String login, String password) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(URI.create(url)), login, password);
        if (json == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
        }
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String login, String password) {
        String credentials = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

}
