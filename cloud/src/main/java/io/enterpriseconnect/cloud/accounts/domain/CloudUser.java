package io.enterpriseconnect.cloud.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person with a cloud sign-in. Cloud administrators are users with {@code siteAdmin} set. */
@Entity
@Table(name = "cloud_user")
@NamedQuery(name = "CloudUser.byLogin", query = "select u from CloudUser u where lower(u.login) = lower(:login)")
public class CloudUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Column(nullable = false)
    private String email;

    /** A Pbkdf2PasswordHash string (algorithm, iterations, salt and hash); never the password. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "site_admin", nullable = false)
    private boolean siteAdmin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CloudUser() {
    }

    public CloudUser(String login, String email, String passwordHash, boolean siteAdmin, Instant createdAt) {
        this.login = login;
        this.email = email;
        this.passwordHash = passwordHash;
        this.siteAdmin = siteAdmin;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isSiteAdmin() {
        return siteAdmin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
