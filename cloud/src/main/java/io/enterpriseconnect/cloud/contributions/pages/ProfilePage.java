package io.enterpriseconnect.cloud.contributions.pages;

import io.enterpriseconnect.cloud.contributions.ContributionCalendarService;
import io.enterpriseconnect.cloud.contributions.domain.ContributionCalendar;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import io.enterpriseconnect.cloud.platform.pages.PageFlow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A user's public profile: their contribution calendar for the last year. */
@Named("profile")
@RequestScoped
public class ProfilePage {

    @Inject
    ContributionCalendarService calendars;

    private String login;
    private ContributionCalendar calendar;

    /** Loads the calendar of the user named by the {@code login} parameter; 404 when there is no such user. */
    public void load() {
        try {
            calendar = calendars.calendar(login);
        } catch (RequestRefusedException notFound) {
            PageFlow.notFound();
        }
    }

    public ContributionCalendar getCalendar() {
        return calendar;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
