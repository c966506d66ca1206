package io.enterpriseconnect.instance.platform.security;

import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.accounts.infrastructure.PasswordHashing;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users and their roles come from the instance database (see UserAccount). */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:comp/DefaultDataSource",
        callerQuery = "select password_hash from user_account where login = ?",
        groupsQuery = "select r.role from user_role r join user_account u on u.id = r.user_id where u.login = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE})
@DeclareRoles({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
@ApplicationScoped
public class InstanceIdentityStore {
}
