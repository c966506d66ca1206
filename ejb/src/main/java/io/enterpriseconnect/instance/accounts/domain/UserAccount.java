package io.enterpriseconnect.instance.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Someone who signs in to the instance. The password is kept only as a salted slow hash. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_LOGIN, query = "select u from UserAccount u where u.login = :login")
@NamedQuery(name = UserAccount.COUNT_WITH_ROLE,
        query = "select count(u) from UserAccount u join u.roles r where r = :role")
public class UserAccount {

    public static final String BY_LOGIN = "UserAccount.byLogin";
    public static final String COUNT_WITH_ROLE = "UserAccount.countWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String login;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String login, String passwordHash, Set<String> roles, Instant createdAt) {
        this.login = login;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
