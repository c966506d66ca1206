package io.enterpriseconnect.cloud.accounts.pages;

import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

@Named("signOut")
@RequestScoped
public class SignOutPage {

    public void signOut() {
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        PageFlow.redirect("/sign-in");
    }
}
