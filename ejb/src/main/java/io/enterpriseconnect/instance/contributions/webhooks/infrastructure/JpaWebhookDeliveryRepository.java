package io.enterpriseconnect.instance.contributions.webhooks.infrastructure;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.contributions.webhooks.domain.Receipt;
import io.enterpriseconnect.instance.contributions.webhooks.domain.WebhookDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The record of webhook deliveries: written by the receiver, read by site administrators. */
@Stateless
public class JpaWebhookDeliveryRepository {

    /** How much of a refused body is kept for diagnosis. */
    static final int MAX_KEPT_BODY = 64 * 1024;

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    /** A refusal, in its own transaction: on record whatever else fails. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String guid, String event, String action, Receipt receipt, byte[] body) {
        String kept = body == null ? null : new String(body, 0, Math.min(body.length, MAX_KEPT_BODY), StandardCharsets.UTF_8);
        em.persist(new WebhookDelivery(guid, event, action, now(), WebhookDelivery.Outcome.REFUSED, receipt.status(),
                receipt.field() == null ? receipt.message() : receipt.message() + " (field " + receipt.field() + ")",
                0, kept));
    }

    /** A processed delivery, in the caller's transaction (with its counts); unique per guid. */
    @PermitAll
    public void processed(String guid, String event, String action, int counted, String reason) {
        em.persist(new WebhookDelivery(guid, event, action, now(), WebhookDelivery.Outcome.PROCESSED, 200, reason,
                counted, null));
        em.flush();
    }

    @PermitAll
    public void duplicate(String guid, String event, String action) {
        em.persist(new WebhookDelivery(guid, event, action, now(), WebhookDelivery.Outcome.DUPLICATE, 200,
                "already processed under this X-GitHub-Delivery; not counted again", 0, null));
    }

    @PermitAll
    public boolean wasProcessed(String guid) {
        return !em.createQuery("select d.id from WebhookDelivery d where d.processedGuid = :guid", Long.class)
                .setParameter("guid", guid).setMaxResults(1).getResultList().isEmpty();
    }

    /** The latest deliveries, newest first. */
    @RolesAllowed(Role.SITE_ADMIN)
    public List<WebhookDelivery> latest(int limit) {
        return em.createQuery("select d from WebhookDelivery d order by d.receivedAt desc, d.id desc", WebhookDelivery.class)
                .setMaxResults(limit).getResultList();
    }

    /** Deliveries are diagnosis, not history: kept as long as the counts. */
    @PermitAll
    public int deleteBefore(Instant oldestKept) {
        return em.createQuery("delete from WebhookDelivery d where d.receivedAt < :oldest")
                .setParameter("oldest", oldestKept).executeUpdate();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
