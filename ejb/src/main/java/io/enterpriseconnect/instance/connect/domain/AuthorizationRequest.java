package io.enterpriseconnect.instance.connect.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An administrator's trip to the cloud to connect an account, and the instance's address it returns to. */
@Entity
@Table(name = "connect_authorization")
@NamedQuery(name = AuthorizationRequest.BY_HASH, query = "select a from AuthorizationRequest a where a.stateHash = :hash")
public class AuthorizationRequest extends BrowserTrip {

    public static final String BY_HASH = "AuthorizationRequest.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_url", nullable = false, length = 2048)
    private String instanceUrl;

    protected AuthorizationRequest() {
    }

    public AuthorizationRequest(String stateHash, String requestedBy, String instanceUrl, Instant createdAt, Instant expiresAt) {
        super(stateHash, requestedBy, createdAt, expiresAt);
        this.instanceUrl = instanceUrl;
    }

    public void redeem(String caller, Instant now) {
        redeem(caller, now, "start again from the GitHub Connect page", "another administrator");
    }

    @Override
    protected String flow() {
        return "connect";
    }

    public String getInstanceUrl() {
        return instanceUrl;
    }
}
