package io.enterpriseconnect.instance.contributions.console;

import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.console.ConsoleView;
import io.enterpriseconnect.instance.contributions.links.ContributionLinkService;
import io.enterpriseconnect.instance.contributions.links.domain.LinkStatus;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Settings → GitHub Connect, for every signed-in user: Connect to GitHub.com, then "Send my
 * contribution counts to GitHub.com" and Update contributions; or Disconnect.
 */
@Named("userConnect")
@RequestScoped
public class UserConnectPage {

    static final String SELF = "/settings/connect.xhtml?faces-redirect=true";

    @EJB
    ContributionLinkService links;

    @Inject
    ConsoleView messages;

    private LinkStatus status;
    private Boolean send;

    public LinkStatus getStatus() {
        if (status == null) {
            status = links.status();
        }
        return status;
    }

    /** "Connect to GitHub.com": off to the cloud's authorize page. */
    public String connect() {
        try {
            messages.redirect(links.authorizationUrl(messages.instanceUrl()).url());
            return null;
        } catch (ConflictException | InvalidInputException | CloudCallException e) {
            messages.problem(e);
            return SELF;
        } catch (IOException e) {
            messages.error(e.getMessage());
            return SELF;
        }
    }

    /** "Update contributions". */
    public String update() {
        try {
            boolean wanted = Boolean.TRUE.equals(send);
            boolean before = getStatus().sending();
            boolean deletionPending = links.share(wanted);
            if (wanted == before) {
                messages.info(messages.text("user.contributions.unchanged"));
            } else if (wanted) {
                messages.info(messages.text("user.contributions.sending"));
            } else {
                messages.info(messages.text(deletionPending ? "user.contributions.stoppedPending"
                        : "user.contributions.stopped"));
            }
        } catch (ConflictException e) {
            messages.problem(e);
        }
        return SELF;
    }

    public String disconnect() {
        messages.info(messages.text(links.disconnect() ? "user.connect.disconnectedPending"
                : "user.connect.disconnected"));
        return SELF;
    }

    public Boolean getSend() {
        return send != null ? send : getStatus().sending();
    }

    public void setSend(Boolean send) {
        this.send = send;
    }
}
