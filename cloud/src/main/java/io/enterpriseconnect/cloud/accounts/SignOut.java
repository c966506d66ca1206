package io.enterpriseconnect.cloud.accounts;

import io.enterpriseconnect.cloud.platform.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

@Named("signOut")
@RequestScoped
public class SignOut {

    public void signOut() {
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        Pages.redirect("/sign-in");
    }
}
