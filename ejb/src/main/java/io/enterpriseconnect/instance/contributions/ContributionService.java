package io.enterpriseconnect.instance.contributions;

import io.enterpriseconnect.instance.accounts.AccountService;
import io.enterpriseconnect.instance.accounts.domain.Role;
import io.enterpriseconnect.instance.accounts.domain.UnknownUserException;
import io.enterpriseconnect.instance.accounts.domain.UserAccount;
import io.enterpriseconnect.instance.contributions.domain.DayCount;
import io.enterpriseconnect.instance.contributions.domain.UtcDay;
import io.enterpriseconnect.instance.contributions.infrastructure.ContributionConfiguration;
import io.enterpriseconnect.instance.contributions.infrastructure.JdbcContributionLedgerRepository;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily counts through the API: site administrators record them in bulk (each entry sets the count
 * of a user's UTC day, so sending the same request again changes nothing), and users read theirs.
 * A bad entry rejects the whole request, naming it ({@code counts[3].day}).
 */
@Stateless
@RolesAllowed(Role.SITE_ADMIN)
public class ContributionService {

    public static final int MAX_ENTRIES = 10_000;
    public static final int MAX_COUNT = 100_000;

    @Resource
    SessionContext caller;

    @EJB
    AccountService users;

    @EJB
    JdbcContributionLedgerRepository ledger;

    @EJB
    ContributionConfiguration settings;

    /** One entry as sent; the day is checked against today and the retention by {@link #record}. */
    public record Entry(@NotBlank(message = "{instance.input.missing}") String login,
            @NotBlank(message = "{instance.input.missing}") String day,
            @NotNull(message = "{instance.counts.count}") @Min(value = 0, message = "{instance.counts.count}")
            @Max(value = MAX_COUNT, message = "{instance.counts.count}") Integer count) {
    }

    /** Daily counts in bulk, as the API takes them: {@code {"counts": [{login, day, count}, ...]}}. */
    public record Batch(@NotEmpty(message = "{instance.counts.empty}")
            @Size(max = MAX_ENTRIES, message = "{instance.counts.tooMany}")
            List<@NotNull(message = "{instance.counts.notObject}") @Valid Entry> counts) {
    }

    /** @return how many days were set */
    public int record(@NotNull(message = "{instance.input.missing}") @Valid Batch batch) {
        List<Entry> entries = batch.counts();
        LocalDate today = UtcDay.today();
        LocalDate oldest = today.minusDays(settings.retentionDays() - 1L);
        Map<String, Long> ids = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<DayCount> counts = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String at = "counts[" + i + "]";
            Entry entry = entries.get(i);
            Long userId = ids.computeIfAbsent(entry.login(), login -> users.find(login).map(UserAccount::getId).orElse(null));
            if (userId == null) {
                throw new InvalidInputException(at + ".login", "'" + entry.login() + "' is not a user of this instance");
            }
            LocalDate day = day(entry.day(), at + ".day");
            if (day.isAfter(today)) {
                throw new InvalidInputException(at + ".day", "is after today (" + today + ", UTC)");
            }
            if (day.isBefore(oldest)) {
                throw new InvalidInputException(at + ".day", "is before " + oldest + ": the instance keeps "
                        + settings.retentionDays() + " days (" + ContributionConfiguration.RETENTION_DAYS + ")");
            }
            Integer earlier = seen.put(entry.login() + "/" + day, i);
            if (earlier != null) {
                throw new InvalidInputException(at, "repeats the login and day of counts[" + earlier + "]");
            }
            counts.add(new DayCount(userId, day, entry.count()));
        }
        ledger.set(counts);
        return counts.size();
    }

    /** A user's counts from {@code from} to {@code to}: site administrators, or the user themself. */
    @RolesAllowed({Role.SITE_ADMIN, Role.ENTERPRISE_OWNER, Role.MEMBER})
    public List<DayCount> of(String login, String from, String to) {
        if (!caller.isCallerInRole(Role.SITE_ADMIN) && !caller.getCallerPrincipal().getName().equals(login)) {
            throw new EJBAccessException("Only site administrators read other users' counts");
        }
        UserAccount user = users.find(login).orElseThrow(() -> new UnknownUserException(login));
        LocalDate end = to == null || to.isBlank() ? UtcDay.today() : day(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.minusDays(ContributionConfiguration.RESTORE_DAYS - 1L)
                : day(from, "from");
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "is after to");
        }
        return ledger.of(user.getId(), start, end);
    }

    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
