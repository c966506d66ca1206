package io.enterpriseconnect.cloud.accounts.pages;

import io.enterpriseconnect.cloud.accounts.CloudUserService;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named("signUp")
@RequestScoped
public class SignUpPage {

    @Inject
    CloudUserService users;

    @Inject
    SignInPage signIn;

    private String login;
    private String email;
    private String password;

    /** Creates the user and signs them in at once, as GitHub does. */
    public void signUp() {
        try {
            users.signUp(login, email, password);
        } catch (RequestRefusedException problem) {
            PageFlow.show(problem, "sign-up");
            return;
        }
        if (signIn.authenticate(login, password)) {
            PageFlow.redirect("/");
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
