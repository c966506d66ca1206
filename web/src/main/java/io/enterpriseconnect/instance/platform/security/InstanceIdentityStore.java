package io.enterpriseconnect.instance.platform.security;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.accounts.infrastructure.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Users and their roles come from the instance database (see UserAccount). An unknown login is checked
 * against a decoy hash, so it costs the same PBKDF2 work as a known one and the answer's timing does not
 * tell which logins exist. (Jakarta Security's built-in database store answers unknown logins at once.)
 */
@DeclareRoles({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
@ApplicationScoped
public class InstanceIdentityStore implements IdentityStore {

    private static final String CALLER_QUERY = "select password_hash from user_account where login = ?";
    private static final String GROUPS_QUERY = "select r.role from user_role r join user_account u on u.id = r.user_id "
            + "where u.login = ?";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource database;

    @Inject
    Pbkdf2PasswordHash passwords;

    private String decoyHash;

    @PostConstruct
    void configure() {
        passwords.initialize(PasswordHashing.parameters());
        decoyHash = passwords.generate("a decoy password that no account has".toCharArray());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential submitted)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String login = submitted.getCaller();
        try (Connection connection = database.getConnection()) {
            String stored = storedHash(connection, login);
            boolean matches = passwords.verify(submitted.getPassword().getValue(), stored == null ? decoyHash : stored);
            if (stored == null || !matches) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(login, roles(connection, login));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the users from the instance database", e);
        }
    }

    private static String storedHash(Connection connection, String login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CALLER_QUERY)) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Set<String> roles(Connection connection, String login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(GROUPS_QUERY)) {
            query.setString(1, login);
            try (ResultSet rows = query.executeQuery()) {
                Set<String> roles = new HashSet<>();
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
                return roles;
            }
        }
    }
}
