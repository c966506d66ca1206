package io.enterpriseconnect.cloud.contributions.domain;

import io.enterpriseconnect.cloud.platform.OneTimeCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The one-time code a user's Authorize click sends back to the instance, which trades it for the
 * link; it works for at most {@link #MAX_LIFETIME}.
 */
@Entity
@Table(name = "contribution_link_code")
@NamedQuery(name = "LinkCode.byHash", query = "select c from LinkCode c where c.codeHash = :hash")
public class LinkCode extends OneTimeCode {

    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "installation_id", nullable = false)
    private Long installationId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "instance_login", nullable = false)
    private String instanceLogin;

    protected LinkCode() {
    }

    private LinkCode(String code, long installationId, long userId, String instanceLogin, Instant now,
            Duration lifetime) {
        super(code, now, lifetime, MAX_LIFETIME);
        this.installationId = installationId;
        this.userId = userId;
        this.instanceLogin = instanceLogin;
    }

    /** A new code; lifetimes above ten minutes are cut to ten. The plain code is only in the result. */
    public static Issued issue(long installationId, long userId, String instanceLogin, Instant now, Duration lifetime) {
        String code = newCode();
        return new Issued(new LinkCode(code, installationId, userId, instanceLogin, now, lifetime), code);
    }

    public Long getInstallationId() {
        return installationId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getInstanceLogin() {
        return instanceLogin;
    }

    public record Issued(LinkCode stored, String code) {
    }
}
