package io.enterpriseconnect.instance.contributions.webhooks.api;

import io.enterpriseconnect.instance.contributions.webhooks.WebhookService;
import io.enterpriseconnect.instance.contributions.webhooks.domain.Receipt;
import io.enterpriseconnect.instance.contributions.webhooks.infrastructure.JpaWebhookDeliveryRepository;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /webhooks/github}: GitHub-format webhook deliveries (push, pull_request, issues,
 * pull_request_review, repository; ping). Outside the API and its sign-in: a delivery authenticates
 * with its {@code X-Hub-Signature-256}. Answers JSON with the outcome.
 */
@WebServlet("/webhooks/github")
public class GitHubWebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** GitHub caps payloads at 25 MB; a push payload lists at most 20 commits and stays far below this. */
    static final int MAX_BODY = 5 * 1024 * 1024;

    @EJB
    transient WebhookService receiver;

    @EJB
    transient JpaWebhookDeliveryRepository log;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        String event = request.getHeader("X-GitHub-Event");
        String guid = request.getHeader("X-GitHub-Delivery");
        Receipt receipt;
        if (body.length > MAX_BODY) {
            receipt = new Receipt(413, "The body is larger than " + MAX_BODY + " bytes", null, 0, false,
                    java.util.List.of());
            log.refused(guid, event, null, receipt, body);
        } else {
            receipt = receiver.receive(event, guid, request.getHeader("X-Hub-Signature-256"), request.getContentType(),
                    body);
        }
        JsonArrayBuilder skipped = Json.createArrayBuilder();
        receipt.skipped().forEach(skipped::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", receipt.status()).add("message", receipt.message());
        if (receipt.field() != null) {
            json.add("field", receipt.field());
        }
        if (receipt.status() == 200) {
            json.add("counted", receipt.counted()).add("duplicate", receipt.duplicate()).add("skipped", skipped);
        }
        response.setStatus(receipt.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
