package io.enterpriseconnect.cloud.contributions;

import io.enterpriseconnect.cloud.accounts.CloudUserService;
import io.enterpriseconnect.cloud.accounts.domain.CloudUser;
import io.enterpriseconnect.cloud.contributions.domain.ContributionCalendar;
import io.enterpriseconnect.cloud.contributions.domain.DailyCount;
import io.enterpriseconnect.cloud.contributions.infrastructure.CountRepositorySelector;
import io.enterpriseconnect.cloud.platform.RequestRefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

/**
 * Users' contribution counts as profiles show them, to anyone: a profile is public, and what it
 * shows is already anonymized (a number per day and its source).
 */
@Stateless
@PermitAll
public class ContributionCalendarService {

    /** The widest range the JSON form answers for at once: a calendar and some. */
    public static final int MAX_RANGE_DAYS = 400;

    @Inject
    CloudUserService users;

    @Inject
    CountRepositorySelector stores;

    @Resource(lookup = "java:jboss/datasources/CloudDS")
    DataSource dataSource;

    /** The user's calendar for the last year, up to today (UTC). */
    public ContributionCalendar calendar(String login) {
        CloudUser user = user(login);
        LocalDate today = today();
        return new ContributionCalendar(today, read(user, ContributionCalendar.firstDay(today), today));
    }

    /**
     * The user's counts from {@code from} to {@code to}, inclusive; by default the calendar's days.
     *
     * @throws RequestRefusedException 404 for an unknown user; 422 for a reversed or too wide range
     */
    public UserCounts counts(String login, LocalDate from, LocalDate to) {
        CloudUser user = user(login);
        LocalDate last = to == null ? today() : to;
        LocalDate first = from == null ? ContributionCalendar.firstDay(last) : from;
        if (first.isAfter(last)) {
            throw RequestRefusedException.invalid("from", "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
            throw RequestRefusedException.invalid("from", "from and to may be at most " + MAX_RANGE_DAYS + " days apart");
        }
        return new UserCounts(user.getLogin(), first, last, read(user, first, last));
    }

    private List<DailyCount> read(CloudUser user, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection()) {
            return stores.forConnection(connection).read(connection, user.getId(), from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read contribution counts: " + e.getMessage(), e);
        }
    }

    private CloudUser user(String login) {
        return users.findByLogin(login == null ? "" : login).orElseThrow(RequestRefusedException::notFound);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public record UserCounts(String login, LocalDate from, LocalDate to, List<DailyCount> counts) {
    }
}
