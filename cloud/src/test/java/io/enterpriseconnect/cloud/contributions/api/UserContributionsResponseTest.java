package io.enterpriseconnect.cloud.contributions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.cloud.contributions.ContributionCalendarService;
import io.enterpriseconnect.cloud.contributions.domain.DailyCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserContributionsResponseTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 21);

    @Test
    void daysListTheirSourcesAndTheTotalsAddUp() {
        UserContributionsResponse json = UserContributionsResponse.of(new ContributionCalendarService.UserCounts("octocat", FROM, TO, List.of(
                new DailyCount(LocalDate.of(2026, 11, 19), "ghe.example.com", 3),
                new DailyCount(LocalDate.of(2026, 11, 20), "ghe.example.com", 12),
                new DailyCount(LocalDate.of(2026, 11, 20), "ghe2.example.com", 1))));
        assertEquals("octocat", json.login());
        assertEquals("2026-11-01", json.from());
        assertEquals("2026-11-21", json.to());
        assertEquals(16, json.total());
        assertEquals(List.of(new UserContributionsResponse.Source("ghe.example.com", 15), new UserContributionsResponse.Source("ghe2.example.com", 1)),
                json.sources());
        assertEquals(List.of(
                new UserContributionsResponse.Day("2026-11-19", 3, List.of(new UserContributionsResponse.DaySource("ghe.example.com", 3))),
                new UserContributionsResponse.Day("2026-11-20", 13, List.of(new UserContributionsResponse.DaySource("ghe.example.com", 12),
                        new UserContributionsResponse.DaySource("ghe2.example.com", 1)))), json.days());
    }

    @Test
    void noCountsIsAnEmptyRange() {
        UserContributionsResponse json = UserContributionsResponse.of(new ContributionCalendarService.UserCounts("octocat", FROM, TO, List.of()));
        assertEquals(0, json.total());
        assertEquals(List.of(), json.days());
        assertEquals(List.of(), json.sources());
    }
}
