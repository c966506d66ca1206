package io.enterpriseconnect.instance.contributions.webhooks;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.UserAccount;
import io.enterpriseconnect.instance.contributions.domain.Contribution;
import io.enterpriseconnect.instance.contributions.domain.UtcDay;
import io.enterpriseconnect.instance.contributions.infrastructure.JdbcContributionLedgerRepository;
import io.enterpriseconnect.instance.contributions.webhooks.domain.ContributionEventParser;
import io.enterpriseconnect.instance.contributions.webhooks.domain.MalformedDeliveryException;
import io.enterpriseconnect.instance.contributions.webhooks.domain.Receipt;
import io.enterpriseconnect.instance.contributions.webhooks.domain.WebhookSignature;
import io.enterpriseconnect.instance.contributions.webhooks.infrastructure.JpaWebhookDeliveryRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Takes GitHub-format webhook deliveries: checks the signature first (nothing about an unsigned
 * delivery is trusted), then the event, then the payload, and counts the contributions in it once
 * per {@code X-GitHub-Delivery}. Every refusal is kept with its reason and body; nothing refused
 * is ever counted. Open to anyone: the signature is the authentication.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookService {

    static final String GUID_PATTERN = "[A-Za-z0-9._-]{1,100}";

    @EJB
    WebhookSecretService secrets;

    @EJB
    JpaWebhookDeliveryRepository log;

    @EJB
    AccountService users;

    @EJB
    JdbcContributionLedgerRepository ledger;

    @EJB
    WebhookService self;

    public Receipt receive(String event, String guid, String signature, String contentType, byte[] body) {
        if (event == null || event.isBlank()) {
            return refuse(guid, event, null, Receipt.refused(400, "X-GitHub-Event is missing"), body);
        }
        if (guid == null || !guid.matches(GUID_PATTERN)) {
            return refuse(guid, event, null, Receipt.refused(400,
                    "X-GitHub-Delivery is missing or not an id (letters, digits, '.', '_', '-')"), body);
        }
        WebhookSignature.Check check = WebhookSignature.verify(secrets.current(), body, signature);
        if (check != WebhookSignature.Check.VALID) {
            return refuse(guid, event, null, Receipt.refused(401, check.reason()), body);
        }
        if (!ContributionEventParser.SUPPORTED.contains(event)) {
            return refuse(guid, event, null, Receipt.refused(400, "Unsupported event '" + event + "'; this endpoint takes "
                    + new TreeSet<>(ContributionEventParser.SUPPORTED)), body);
        }
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return refuse(guid, event, null, Receipt.refused(415,
                    "Content-Type must be application/json (set the webhook's content type to JSON)"), body);
        }
        JsonObject payload;
        try {
            payload = Json.createReader(new ByteArrayInputStream(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return refuse(guid, event, null, Receipt.refused(400, "The body is not a JSON object"), body);
        }
        String action = payload.get("action") instanceof JsonString text ? text.getString() : null;
        ContributionEventParser.Parsed parsed;
        try {
            parsed = ContributionEventParser.parse(event, payload);
        } catch (MalformedDeliveryException e) {
            return refuse(guid, event, action, Receipt.malformed(e), body);
        }
        return self.count(guid, event, action, parsed);
    }

    /** Counts in one transaction with the delivery's record, so a redelivery finds it and counts nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Receipt count(String guid, String event, String action, ContributionEventParser.Parsed parsed) {
        ledger.takeTurn();
        if (log.wasProcessed(guid)) {
            log.duplicate(guid, event, action);
            return new Receipt(200, "Already processed this delivery; nothing counted again", null, 0, true, List.of());
        }
        List<Contribution> contributions = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (parsed.ignoredBecause() != null) {
            skipped.add(parsed.ignoredBecause());
        }
        for (ContributionEventParser.Candidate candidate : parsed.candidates()) {
            Optional<UserAccount> user = candidate.login() != null ? users.find(candidate.login())
                    : users.withVerifiedEmail(candidate.email());
            if (user.isEmpty()) {
                skipped.add(candidate.sourceKey() + ": " + (candidate.login() != null
                        ? "no user " + candidate.login() + " on this instance"
                        : "no user has verified the author address " + candidate.email()));
                continue;
            }
            contributions.add(new Contribution(candidate.sourceKey(), user.get().getId(), UtcDay.of(candidate.at())));
        }
        int counted = contributions.isEmpty() ? 0 : ledger.add(contributions);
        int alreadyCounted = contributions.size() - counted;
        if (alreadyCounted > 0) {
            skipped.add(alreadyCounted + " already counted from an earlier delivery");
        }
        log.processed(guid, event, action, counted, skipped.isEmpty() ? null : String.join("; ", skipped));
        return new Receipt(200, "Counted " + counted + " contribution" + (counted == 1 ? "" : "s"), null, counted, false,
                List.copyOf(skipped));
    }

    private Receipt refuse(String guid, String event, String action, Receipt receipt, byte[] body) {
        log.refused(guid, event, action, receipt, body);
        return receipt;
    }
}
