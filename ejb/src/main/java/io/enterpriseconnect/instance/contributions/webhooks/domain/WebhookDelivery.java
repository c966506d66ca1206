package io.enterpriseconnect.instance.contributions.webhooks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One webhook delivery as received, and what became of it. A processed delivery's
 * {@code X-GitHub-Delivery} is unique, so a redelivery is never counted twice; a refused one keeps
 * its body for diagnosis.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    static final int MAX_REASON = 1000;

    /** What the instance did with a delivery. */
    public enum Outcome {
        /** Contributions in it were counted (maybe none, with the reason). */
        PROCESSED,
        /** Seen before under the same X-GitHub-Delivery: not counted again. */
        DUPLICATE,
        /** Refused with a 4xx: unsigned, badly signed, malformed or unsupported; never counted. */
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 100)
    private String guid;

    @Column(name = "processed_guid", length = 100, unique = true)
    private String processedGuid;

    @Column(length = 64)
    private String event;

    @Column(length = 64)
    private String action;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "http_status", nullable = false)
    private int httpStatus;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(nullable = false)
    private int counted;

    @Lob
    @Column(name = "body")
    private String body;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(String guid, String event, String action, Instant receivedAt, Outcome outcome, int httpStatus,
            String reason, int counted, String body) {
        this.guid = clip(guid, 100);
        this.processedGuid = outcome == Outcome.PROCESSED ? this.guid : null;
        this.event = clip(event, 64);
        this.action = clip(action, 64);
        this.receivedAt = receivedAt;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
        this.reason = clip(reason, MAX_REASON);
        this.counted = counted;
        this.body = body;
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public String getGuid() {
        return guid;
    }

    public String getEvent() {
        return event;
    }

    public String getAction() {
        return action;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getReason() {
        return reason;
    }

    public int getCounted() {
        return counted;
    }

    public String getBody() {
        return body;
    }
}
