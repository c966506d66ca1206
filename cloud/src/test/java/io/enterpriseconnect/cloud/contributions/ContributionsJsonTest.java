package io.enterpriseconnect.cloud.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionsJsonTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 21);

    @Test
    void daysListTheirSourcesAndTheTotalsAddUp() {
        ContributionsJson json = ContributionsJson.of(new ContributionCalendars.UserCounts("octocat", FROM, TO, List.of(
                new DailyCount(LocalDate.of(2026, 11, 19), "ghe.example.com", 3),
                new DailyCount(LocalDate.of(2026, 11, 20), "ghe.example.com", 12),
                new DailyCount(LocalDate.of(2026, 11, 20), "ghe2.example.com", 1))));
        assertEquals("octocat", json.login());
        assertEquals("2026-11-01", json.from());
        assertEquals("2026-11-21", json.to());
        assertEquals(16, json.total());
        assertEquals(List.of(new ContributionsJson.Source("ghe.example.com", 15), new ContributionsJson.Source("ghe2.example.com", 1)),
                json.sources());
        assertEquals(List.of(
                new ContributionsJson.Day("2026-11-19", 3, List.of(new ContributionsJson.DaySource("ghe.example.com", 3))),
                new ContributionsJson.Day("2026-11-20", 13, List.of(new ContributionsJson.DaySource("ghe.example.com", 12),
                        new ContributionsJson.DaySource("ghe2.example.com", 1)))), json.days());
    }

    @Test
    void noCountsIsAnEmptyRange() {
        ContributionsJson json = ContributionsJson.of(new ContributionCalendars.UserCounts("octocat", FROM, TO, List.of()));
        assertEquals(0, json.total());
        assertEquals(List.of(), json.days());
        assertEquals(List.of(), json.sources());
    }
}
