package io.enterpriseconnect.instance.connect.infrastructure;

import io.enterpriseconnect.instance.connect.domain.CloudUnreachableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Every HTTP call from the instance to the cloud, through the configured proxy. Calls that may be
 * repeated safely are retried with backoff; after repeated failures the circuit breaker stops
 * calling for a few seconds, so a cloud outage costs callers a fast answer instead of a timeout
 * each. A 502, 503 or 504 counts as "not reached": the cloud did not act on the request.
 */
@ApplicationScoped
public class CloudTransport {

    @Inject
    CloudLocation endpoints;

    private volatile ClientFor cached;

    private record ClientFor(ProxyConfiguration proxy, Duration timeout, HttpClient client) {
    }

    /** One attempt: for calls the cloud must not see twice (a code conversion). */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            failOn = CloudUnreachableException.class)
    public HttpResponse<String> send(HttpRequest request) {
        return exchange(request);
    }

    /** Up to three attempts, 0.5 s apart (with jitter), when the cloud was not reached. */
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = CloudUnreachableException.class)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            failOn = CloudUnreachableException.class)
    public HttpResponse<String> sendIdempotent(HttpRequest request) {
        return exchange(request);
    }

    /**
     * A single call with no retry and no circuit breaker, for the connection test: it must look at
     * the network as it is now, not at what earlier calls left behind.
     */
    public HttpResponse<String> probe(HttpRequest request) throws IOException, InterruptedException {
        return client().send(withProxyCredentials(request), HttpResponse.BodyHandlers.ofString());
    }

    public Duration timeout() {
        return endpoints.timeout();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        ProxyConfiguration proxy = endpoints.proxy();
        HttpResponse<String> response;
        try {
            response = client().send(withProxyCredentials(request), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CloudUnreachableException(0, "Could not reach the cloud at " + request.uri().getScheme() + "://"
                    + request.uri().getAuthority() + ": " + FailureReason.of(e, request.uri(), proxy));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudUnreachableException(0, "Interrupted while calling the cloud");
        }
        int status = response.statusCode();
        if (status == 502 || status == 503 || status == 504 || status == 407) {
            throw new CloudUnreachableException(status, "Could not reach the cloud at " + request.uri().getScheme()
                    + "://" + request.uri().getAuthority() + ": " + FailureReason.ofStatus(status));
        }
        return response;
    }

    private HttpRequest withProxyCredentials(HttpRequest request) {
        return new OutboundProxy(endpoints.proxy()).authorization(request.uri())
                .map(credentials -> HttpRequest.newBuilder(request, (name, value) -> true)
                        .header("Proxy-Authorization", credentials).build())
                .orElse(request);
    }

    /** A client for the current settings; a new one only when the proxy or timeout changed. */
    HttpClient client() {
        ProxyConfiguration proxy = endpoints.proxy();
        Duration timeout = endpoints.timeout();
        ClientFor current = cached;
        if (current == null || !current.proxy().equals(proxy) || !current.timeout().equals(timeout)) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(new OutboundProxy(proxy))
                    .build();
            current = new ClientFor(proxy, timeout, client);
            cached = current;
        }
        return current.client();
    }
}
