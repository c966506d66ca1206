package io.enterpriseconnect.cloud.accounts.infrastructure;

import io.enterpriseconnect.cloud.accounts.CloudUserService;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.platform.CallerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a login and password against the users table. Every cloud user has the role {@code user};
 * site administrators also {@code cloud-admin}. The caller name is the login as stored, whatever case
 * was typed.
 */
@ApplicationScoped
public class CloudUserIdentityValidator implements IdentityStore {

    @Inject
    CloudUserService users;

    @Inject
    PasswordHasher passwords;

    /** Verified against when the login is unknown, so that both cases take as long. */
    private volatile String decoyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<CloudUser> user = users.findByLogin(given.getCaller());
        String password = given.getPasswordAsString();
        if (user.isEmpty()) {
            passwords.matches(password, decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(password, user.get().getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> roles = new HashSet<>(Set.of(CallerName.USER));
        if (user.get().isSiteAdmin()) {
            roles.add(CallerName.CLOUD_ADMIN);
        }
        return new CredentialValidationResult(user.get().getLogin(), roles);
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy password that no account has");
        }
        return decoyHash;
    }
}
