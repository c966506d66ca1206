package io.enterpriseconnect.instance.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An email address of a user. Commits are counted for the user whose <em>verified</em> address is
 * the commit's author address, so an address belongs to one user at most; it is kept lower-case.
 */
@Entity
@Table(name = "user_email")
@NamedQuery(name = UserEmail.BY_ADDRESS, query = "select e from UserEmail e where e.email = :email")
@NamedQuery(name = UserEmail.OF_USER, query = "select e from UserEmail e where e.user.login = :login order by e.email")
public class UserEmail {

    public static final String BY_ADDRESS = "UserEmail.byAddress";
    public static final String OF_USER = "UserEmail.ofUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected UserEmail() {
    }

    public UserEmail(UserAccount user, String email, Instant addedAt) {
        this.user = user;
        this.email = email;
        this.addedAt = addedAt;
    }

    public void verified(boolean verified, Instant at) {
        if (verified && !this.verified) {
            verifiedAt = at;
        } else if (!verified) {
            verifiedAt = null;
        }
        this.verified = verified;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getEmail() {
        return email;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
