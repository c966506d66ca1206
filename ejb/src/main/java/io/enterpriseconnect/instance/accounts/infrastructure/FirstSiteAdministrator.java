package io.enterpriseconnect.instance.accounts.infrastructure;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.platform.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure someone can sign in on a new instance: creates the first site administrator from
 * configuration, or with a generated password that is printed once. There is never a default password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class FirstSiteAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstSiteAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    @EJB
    DatabaseMigration migrationFirst;

    @EJB
    AccountService users;

    @Inject
    @ConfigProperty(name = "instance.admin.login", defaultValue = "admin")
    String login;

    @Inject
    @ConfigProperty(name = "instance.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void ensureOne() {
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(FirstSiteAdministrator::generate);
        if (users.addFirstSiteAdministrator(login, password).isEmpty()) {
            return;
        }
        if (configuredPassword.isPresent()) {
            LOG.info(() -> "Created the first site administrator '" + login + "' with the configured password");
        } else {
            LOG.warning(() -> String.join(System.lineSeparator(), "",
                    "================================================================",
                    " First site administrator created. Sign in to the instance as",
                    "   login:    " + login,
                    "   password: " + password,
                    " This password is shown only once. Change it after signing in.",
                    "================================================================"));
        }
    }

    static String generate() {
        var random = new SecureRandom();
        var password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
