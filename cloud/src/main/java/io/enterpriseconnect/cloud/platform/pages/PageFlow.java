package io.enterpriseconnect.cloud.platform.pages;

import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What every page bean does the same way: show a refusal next to its field, redirect. */
public final class PageFlow {

    private PageFlow() {
    }

    /** Shows the problem's message next to the input named like the problem's field, or at the top. */
    public static void show(RequestRefusedException problem, String formId) {
        String clientId = problem.field() == null ? null : formId + ":" + problem.field();
        error(clientId, problem.getMessage());
    }

    public static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public static void info(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** Answers with the 404 page: for pages about something the user may not see, or that does not exist. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not Found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Redirects to a path on this site (or an absolute URL) and ends the Faces request. */
    public static void redirect(String pathOrUrl) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String target = pathOrUrl.startsWith("/") ? external.getRequestContextPath() + pathOrUrl : pathOrUrl;
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
