package io.enterpriseconnect.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The instance's outbound proxy in the test's JVM, between the instance and the cloud, that does
 * to the batches of counts ({@code POST …/installation/contributions}) what a network does on a bad
 * day: slows them, cuts the connection before the cloud sees a batch, or after the cloud applied it
 * but before its answer arrives. It remembers each batch and the installation token it carried.
 */
final class FaultyProxy implements AutoCloseable {

    /** What happens to one batch. */
    enum Fault {
        /** Forwarded and answered. */
        NONE,
        /** The connection is cut before the cloud sees the batch: the cloud is down. */
        DOWN,
        /** Forwarded, the cloud applies it, and the connection is cut before its answer: the answer is lost. */
        LOSE_ANSWER,
        /** Held for a long time, then cut without reaching the cloud: a batch in flight when the instance stops. */
        HANG
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "proxy-authorization",
            "proxy-connection", "upgrade", "http2-settings", "expect", "keep-alive", "te", "transfer-encoding");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger batches = new AtomicInteger();
    private final Map<Integer, Batch> seen = new ConcurrentSkipListMap<>();
    private volatile IntFunction<Fault> plan = n -> Fault.NONE;
    private volatile long delayMillis;
    private volatile long hangMillis = 60_000;
    private volatile String lastToken;
    private volatile boolean offline;
    private volatile String plannedPath = "/installation/contributions";

    FaultyProxy() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Which POSTs count as batches, for the plan, by how their path ends (by default the count batches). */
    FaultyProxy batchesAre(String pathEnd) {
        this.plannedPath = pathEnd;
        return this;
    }

    /** What to do to the n-th batch (counted from 1 since the proxy started). */
    FaultyProxy plan(IntFunction<Fault> plan) {
        this.plan = plan;
        return this;
    }

    /** Each batch waits this long before it is forwarded, so a sync takes a while. */
    FaultyProxy delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    FaultyProxy hang(long millis) {
        this.hangMillis = millis;
        return this;
    }

    /** Cuts every request, not only batches: the cloud cannot be reached at all. */
    FaultyProxy offline(boolean offline) {
        this.offline = offline;
        return this;
    }

    int batchesSeen() {
        return batches.get();
    }

    /**
     * One batch as the proxy saw it, by its number: the body, and the status the cloud answered
     * (0: it never reached the cloud, or its answer was cut; -1: still on its way).
     */
    record Batch(int number, String body, int answer) {
    }

    /** Every batch so far, in the order they arrived. */
    List<Batch> batches() {
        return List.copyOf(seen.values());
    }

    String lastToken() {
        return lastToken;
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        boolean batch = "POST".equals(exchange.getRequestMethod())
                && exchange.getRequestURI().getPath().endsWith(plannedPath);
        Fault fault = Fault.NONE;
        int number = 0;
        if (batch) {
            number = batches.incrementAndGet();
            seen.put(number, new Batch(number, new String(body, StandardCharsets.UTF_8), -1));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && authorization.startsWith("token ")) {
                lastToken = authorization.substring("token ".length());
            }
            fault = plan.apply(number);
            sleep(fault == Fault.HANG ? hangMillis : delayMillis);
        }
        if (fault == Fault.DOWN || fault == Fault.HANG || offline) {
            answered(number, 0);
            exchange.close();
            return;
        }
        try {
            HttpResponse<byte[]> response = direct.send(request(exchange, body), HttpResponse.BodyHandlers.ofByteArray());
            answered(number, fault == Fault.LOSE_ANSWER ? 0 : response.statusCode());
            if (fault == Fault.LOSE_ANSWER) {
                exchange.close();
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void answered(int number, int status) {
        if (number > 0) {
            seen.computeIfPresent(number, (n, batch) -> new Batch(n, batch.body(), status));
        }
    }

    private static HttpRequest request(HttpExchange exchange, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(exchange.getRequestURI())
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            ServerControl.sleep(millis);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
