package io.enterpriseconnect.instance.accounts;

import io.enterpriseconnect.instance.accounts.domain.EmailAddress;
import io.enterpriseconnect.instance.accounts.domain.InvalidUserException;
import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.accounts.domain.UnknownUserException;
import io.enterpriseconnect.instance.accounts.domain.UserAccount;
import io.enterpriseconnect.instance.accounts.domain.UserEmail;
import io.enterpriseconnect.instance.accounts.infrastructure.FirstSiteAdministrator;
import io.enterpriseconnect.instance.accounts.infrastructure.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The instance's users: who exists, with which roles. */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "instance")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Resource
    SessionContext caller;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(PasswordHashing.parameters());
    }

    /** Site administrators add users; the first one is created at start by {@link FirstSiteAdministrator}. */
    @RolesAllowed(Role.SITE_ADMIN)
    public UserAccount addUser(NewUser user) {
        user.validate();
        if (find(user.login()).isPresent()) {
            throw new InvalidUserException("login", "is already taken");
        }
        var account = new UserAccount(user.login(), passwordHash.generate(user.password().toCharArray()),
                user.roles(), Instant.now(Clock.systemUTC()));
        em.persist(account);
        return account;
    }

    /**
     * Adds the first site administrator of a new instance, and does nothing once there is one. Open to
     * any caller because of that guard: it runs at start, before anyone can sign in, and a run-as
     * identity is not applied there on every server (Payara ignores {@code @RunAs} in a singleton's
     * {@code @PostConstruct}).
     *
     * @return the account, or empty if the instance already has a site administrator
     */
    @PermitAll
    public Optional<UserAccount> addFirstSiteAdministrator(String login, String password) {
        if (anyoneHas(Role.SITE_ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(addUser(new NewUser(login, password, Set.of(Role.SITE_ADMIN, Role.MEMBER))));
    }

    @PermitAll
    public Optional<UserAccount> find(String login) {
        List<UserAccount> found = em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login)
                .getResultList();
        return found.stream().findFirst();
    }

    @PermitAll
    public boolean anyoneHas(String role) {
        return em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult() > 0;
    }

    /** Every account consumes a seat of the license (the figure the cloud's connection record shows). */
    @PermitAll
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /**
     * Adds an address to a user, or changes whether it is verified. Site administrators vouch for
     * addresses here: a verified address makes the commits it authors count for the user.
     */
    @RolesAllowed(Role.SITE_ADMIN)
    public UserEmail putEmail(String login, String address, boolean verified) {
        UserAccount user = find(login).orElseThrow(() -> new UnknownUserException(login));
        String email = EmailAddress.normalize(address);
        if (email == null) {
            throw new InvalidUserException("email", "must be an email address such as mona@example.com");
        }
        UserEmail existing = em.createNamedQuery(UserEmail.BY_ADDRESS, UserEmail.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
        if (existing != null && !existing.getUser().getId().equals(user.getId())) {
            throw new InvalidUserException("email", "belongs to another user");
        }
        Instant now = Instant.now(Clock.systemUTC());
        UserEmail stored = existing != null ? existing : new UserEmail(user, email, now);
        stored.verified(verified, now);
        if (existing == null) {
            em.persist(stored);
        }
        return stored;
    }

    /** A user's addresses: for site administrators, and for the user themself. */
    @RolesAllowed({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
    public List<UserEmail> emails(String login) {
        if (!caller.isCallerInRole(Role.SITE_ADMIN) && !caller.getCallerPrincipal().getName().equals(login)) {
            throw new jakarta.ejb.EJBAccessException("Only site administrators see other users' email addresses");
        }
        find(login).orElseThrow(() -> new UnknownUserException(login));
        return em.createNamedQuery(UserEmail.OF_USER, UserEmail.class).setParameter("login", login).getResultList();
    }

    /** The user a commit author address belongs to, if a user has verified it. */
    @PermitAll
    public Optional<UserAccount> withVerifiedEmail(String address) {
        String email = EmailAddress.normalize(address);
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserEmail.BY_ADDRESS, UserEmail.class).setParameter("email", email)
                .getResultStream().filter(UserEmail::isVerified).map(UserEmail::getUser).findFirst();
    }

    /** What it takes to add a user; checked before anything is written. */
    public record NewUser(String login, String password, Set<String> roles) {

        public static final int MIN_PASSWORD_LENGTH = 12;
        private static final Set<String> KNOWN_ROLES = Set.of(Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER);

        void validate() {
            if (login == null || !login.matches("[a-z0-9][a-z0-9-]{0,38}")) {
                throw new InvalidUserException("login",
                        "must be 1 to 39 lower-case letters, digits or hyphens, not starting with a hyphen");
            }
            if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
                throw new InvalidUserException("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
            }
            if (roles == null || roles.isEmpty()) {
                throw new InvalidUserException("roles", "must name at least one of " + KNOWN_ROLES);
            }
            roles.stream().filter(r -> !KNOWN_ROLES.contains(r)).findFirst().ifPresent(r -> {
                throw new InvalidUserException("roles", "'" + r + "' is not one of " + KNOWN_ROLES);
            });
        }
    }
}
