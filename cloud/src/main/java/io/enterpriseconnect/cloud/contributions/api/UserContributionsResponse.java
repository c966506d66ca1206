package io.enterpriseconnect.cloud.contributions.api;

import io.enterpriseconnect.cloud.contributions.ContributionCalendarService;
import io.enterpriseconnect.cloud.contributions.domain.DailyCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /users/{login}/contributions}: the days with contributions in the range, each with its
 * sources, and the totals. Days without contributions are left out.
 */
public record UserContributionsResponse(String login, String from, String to, int total, List<Source> sources, List<Day> days) {

    public record Source(String hostname, int total) {
    }

    public record Day(String date, int count, List<DaySource> sources) {
    }

    /** One source's contributions on one day. */
    public record DaySource(String hostname, int count) {
    }

    static UserContributionsResponse of(ContributionCalendarService.UserCounts counts) {
        Map<String, List<DaySource>> byDay = new LinkedHashMap<>();
        Map<String, Integer> bySource = new TreeMap<>();
        int total = 0;
        for (DailyCount count : counts.counts()) {
            byDay.computeIfAbsent(count.day().toString(), d -> new ArrayList<>())
                    .add(new DaySource(count.source(), count.count()));
            bySource.merge(count.source(), count.count(), Integer::sum);
            total += count.count();
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, sources) -> days.add(new Day(date, sources.stream().mapToInt(DaySource::count).sum(), sources)));
        List<Source> sources = new ArrayList<>();
        bySource.forEach((hostname, sum) -> sources.add(new Source(hostname, sum)));
        return new UserContributionsResponse(counts.login(), counts.from().toString(), counts.to().toString(), total, sources, days);
    }
}
