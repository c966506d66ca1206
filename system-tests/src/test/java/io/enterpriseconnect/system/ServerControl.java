package io.enterpriseconnect.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The test server's management: system properties (MicroProfile Config reads them live, so they
 * change the instance's configuration at once) and restarts.
 */
final class ServerControl implements AutoCloseable {

    private final ModelControllerClient client;

    private ServerControl(ModelControllerClient client) {
        this.client = client;
    }

    /** Connects to the test server's management port (local authentication, as Arquillian's own client does). */
    static ServerControl connect() {
        try {
            return new ServerControl(ModelControllerClient.Factory.create("remote+http", "localhost",
                    URI.create(Http.MANAGEMENT).getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void setProperty(String name, String value) {
        removeProperty(name);
        ModelNode add = operation("add", name);
        add.get("value").set(value);
        execute(add, true);
    }

    void removeProperty(String name) {
        execute(operation("remove", name), false);
    }

    /** Restarts the server's services and deployments (the JVM stays), and waits until the instance answers again. */
    void reload() {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        execute(reload, true);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            sleep(1000);
            try {
                ModelNode read = new ModelNode();
                read.get("operation").set("read-attribute");
                read.get("address").setEmptyList();
                read.get("name").set("server-state");
                ModelNode result = client.execute(read);
                if ("running".equals(result.get("result").asString())
                        && Http.get(Http.INSTANCE + "/login.xhtml").statusCode() == 200
                        && Http.get(Http.CLOUD + "/sign-in").statusCode() == 200) {
                    return;
                }
            } catch (IOException | RuntimeException stillStarting) {
                // keep waiting
            }
        }
        throw new AssertionError("The server did not come back within 3 minutes of a reload");
    }

    private static ModelNode operation(String name, String property) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").add("system-property", property);
        return operation;
    }

    private void execute(ModelNode operation, boolean mustSucceed) {
        try {
            ModelNode result = client.execute(operation);
            if (mustSucceed && !"success".equals(result.get("outcome").asString())) {
                throw new AssertionError("Management operation failed: " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
