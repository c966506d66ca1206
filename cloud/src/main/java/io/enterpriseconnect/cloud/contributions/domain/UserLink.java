package io.enterpriseconnect.cloud.contributions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A cloud user who authorized an instance user to send their daily counts: at most one instance user
 * per cloud user and installation, and the other way round. Counts hang off the link in the
 * database, so removing it removes them.
 */
@Entity
@Table(name = "contribution_link")
@IdClass(UserLink.Key.class)
@NamedQuery(name = "UserLink.ofInstallation", query = "select l from UserLink l where l.installationId = :installationId "
        + "and (l.userId = :userId or lower(l.instanceLogin) = lower(:instanceLogin))")
public class UserLink {

    @Id
    @Column(name = "installation_id")
    private Long installationId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "instance_login", nullable = false)
    private String instanceLogin;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected UserLink() {
    }

    public UserLink(long installationId, long userId, String instanceLogin, Instant linkedAt) {
        this.installationId = installationId;
        this.userId = userId;
        this.instanceLogin = instanceLogin;
        this.linkedAt = linkedAt;
    }

    /** Whether this link joins exactly this cloud user and this instance user. */
    public boolean joins(long user, String login) {
        return userId == user && instanceLogin.equalsIgnoreCase(login);
    }

    public void relinked(Instant now) {
        linkedAt = now;
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

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long installationId;
        private Long userId;

        public Key() {
        }

        public Key(Long installationId, Long userId) {
            this.installationId = installationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(installationId, key.installationId)
                    && java.util.Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(installationId, userId);
        }
    }
}
