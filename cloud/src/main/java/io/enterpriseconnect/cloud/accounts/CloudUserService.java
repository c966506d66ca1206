package io.enterpriseconnect.cloud.accounts;

import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.accounts.domain.LoginRule;
import io.enterpriseconnect.cloud.accounts.infrastructure.PasswordHasher;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** Sign-up and the lookups behind sign-in. */
@Stateless
@PermitAll
public class CloudUserService {

    /** GitHub's rule: at least 15 characters, or at least 8 with a number and a lower-case letter. */
    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "cloud")
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    public CloudUser signUp(String login, String email, String password) {
        if (!LoginRule.isValid(login)) {
            throw RequestRefusedException.invalid("login", "Login may only contain letters, digits and single hyphens, "
                    + "cannot begin or end with a hyphen, and is at most 39 characters");
        }
        if (loginTaken(login)) {
            throw RequestRefusedException.invalid("login", "Login " + login + " is not available");
        }
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw RequestRefusedException.invalid("email", "Enter an email address such as mona@example.com");
        }
        String problem = passwordProblem(password);
        if (problem != null) {
            throw RequestRefusedException.invalid("password", problem);
        }
        return create(login, email, password, false);
    }

    /** Creates a user without the sign-up rules, for the demo seed (the database still keeps logins unique). */
    public CloudUser create(String login, String email, String password, boolean siteAdmin) {
        CloudUser user = new CloudUser(login, email, passwords.hash(password), siteAdmin, Instant.now());
        em.persist(user);
        return user;
    }

    public Optional<CloudUser> findByLogin(String login) {
        return em.createNamedQuery("CloudUser.byLogin", CloudUser.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    /** Users and accounts share one namespace, as on GitHub. */
    public boolean loginTaken(String login) {
        return em.createQuery("select count(u) from CloudUser u where lower(u.login) = lower(:login)", Long.class)
                .setParameter("login", login).getSingleResult() > 0
                || em.createQuery("select count(a) from Account a where lower(a.login) = lower(:login)", Long.class)
                        .setParameter("login", login).getSingleResult() > 0;
    }

    /** Why the password is too weak, or null when it is acceptable. */
    static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "Password must be at least 15 characters, or at least 8 including a number and a lowercase letter";
        }
        if (password.length() >= 15) {
            return null;
        }
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        return digit && lower ? null
                : "Password must be at least 15 characters, or at least 8 including a number and a lowercase letter";
    }
}
