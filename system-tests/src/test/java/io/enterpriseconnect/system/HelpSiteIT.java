package io.enterpriseconnect.system;

import static io.enterpriseconnect.system.Http.INSTANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rendered help as the instance serves it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpSiteIT {

    private static final String CONNECTING = "/help/en/enterprise-server@3.1/admin/configuration/"
            + "managing-connections-between-github-enterprise-server-and-github-enterprise-cloud/"
            + "connecting-github-enterprise-server-to-github-enterprise-cloud";

    @Deployment(testable = false)
    static EnterpriseArchive instance() {
        return Deployments.instance();
    }

    @Test
    void anArticleIsServedWithAnEtagAndCacheControl() {
        HttpResponse<String> response = Http.get(INSTANCE + CONNECTING);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Connecting GitHub Enterprise Server to GitHub Enterprise Cloud"));
        assertTrue(response.headers().firstValue("ETag").isPresent());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    }

    @Test
    void aRequestWithTheCurrentEtagGetsNotModified() throws IOException, InterruptedException {
        String etag = Http.get(INSTANCE + CONNECTING).headers().firstValue("ETag").orElseThrow();
        HttpResponse<Void> again = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(INSTANCE + CONNECTING)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(304, again.statusCode());
    }

    @Test
    void anOldPathOfAnArticleIsMovedPermanently() {
        HttpResponse<String> response = Http.get(INSTANCE
                + "/help/enterprise/admin/guides/developer-workflow/connecting-github-enterprise-to-github-com");
        assertEquals(301, response.statusCode());
        assertEquals(INSTANCE.replaceFirst("^http://[^/]+", "") + CONNECTING,
                response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://[^/]+", ""));
    }

    @Test
    void anUnknownHelpPageIsARealNotFound() {
        HttpResponse<String> response = Http.get(INSTANCE + "/help/en/enterprise-server@3.1/admin/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }
}
