package io.enterpriseconnect.cloud.accounts.infrastructure;

import io.enterpriseconnect.cloud.accounts.CloudUserService;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.platform.CallerName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The cloud user behind this request, if a user (not an app or installation) is signed in. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    CloudUserService users;

    public Optional<CloudUser> get() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null || !security.isCallerInRole(CallerName.USER)) {
            return Optional.empty();
        }
        return users.findByLogin(principal.getName());
    }

    public String getLogin() {
        Principal principal = security.getCallerPrincipal();
        return principal == null || !security.isCallerInRole(CallerName.USER) ? null : principal.getName();
    }

    public boolean isCloudAdmin() {
        return security.isCallerInRole(CallerName.CLOUD_ADMIN);
    }
}
