package io.enterpriseconnect.instance.contributions.links.domain;

import io.enterpriseconnect.instance.connect.domain.BrowserTrip;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's trip to the cloud's authorize page, to link their cloud account. */
@Entity
@Table(name = "contribution_link_request")
@AttributeOverride(name = "requestedBy", column = @Column(name = "login", nullable = false, length = 64))
public class ContributionLinkRequest extends BrowserTrip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected ContributionLinkRequest() {
    }

    public ContributionLinkRequest(String stateHash, String login, Instant createdAt, Instant expiresAt) {
        super(stateHash, login, createdAt, expiresAt);
    }

    @Override
    protected String flow() {
        return "link";
    }

    public void redeem(String caller, Instant now) {
        redeem(caller, now, "click Connect to GitHub.com again", "another user");
    }
}
