package io.enterpriseconnect.cloud.contributions.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user's contribution calendar for the last year, drawn like GitHub's: {@value #WEEKS} week
 * columns of seven days (Sunday on top), the last one holding today, each day a square shaded by its
 * count relative to the busiest day, with a tooltip ({@code <title>}) that names every source. The
 * counts from instances are private contributions labelled with the instance's hostname.
 */
public final class ContributionCalendar {

    public static final int WEEKS = 53;
    /** GitHub's greens, from no contributions to the busiest quarter. */
    static final String[] COLOURS = {"#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"};
    static final int CELL = 10;
    static final int STEP = 13;
    static final int LEFT = 28;
    static final int TOP = 18;
    private static final DateTimeFormatter TOOLTIP_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final LocalDate start;
    private final LocalDate end;
    /** Day → source → count, for the days that have any. */
    private final Map<LocalDate, Map<String, Integer>> days = new HashMap<>();
    private final Map<String, Integer> totalsBySource = new TreeMap<>();
    private int total;
    private int busiestDay;

    /**
     * @param today the last day shown (UTC)
     * @param counts the user's counts; those outside the calendar's days are ignored
     */
    public ContributionCalendar(LocalDate today, List<DailyCount> counts) {
        this.end = today;
        this.start = firstDay(today);
        for (DailyCount count : counts) {
            if (count.count() <= 0 || count.day().isBefore(start) || count.day().isAfter(end)) {
                continue;
            }
            days.computeIfAbsent(count.day(), d -> new TreeMap<>()).merge(count.source(), count.count(), Integer::sum);
            totalsBySource.merge(count.source(), count.count(), Integer::sum);
            total += count.count();
        }
        for (Map<String, Integer> sources : days.values()) {
            busiestDay = Math.max(busiestDay, sources.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    /** The Sunday that starts the first of the {@value #WEEKS} columns ending with today's week. */
    public static LocalDate firstDay(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusWeeks(WEEKS - 1L);
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    /** Every contribution shown, from every source. */
    public int total() {
        return total;
    }

    /** Source hostname → contributions from it, by hostname. */
    public Map<String, Integer> totalsBySource() {
        return totalsBySource;
    }

    /** "12 private contributions from ghe.example.com" for each source. */
    public List<String> sourceLabels() {
        List<String> labels = new ArrayList<>();
        totalsBySource.forEach((source, count) -> labels.add(privateContributions(count, source)));
        return labels;
    }

    /** The heading above the calendar, e.g. "1,234 contributions in the last year". */
    public String summary() {
        return String.format(Locale.ENGLISH, "%,d contribution%s in the last year", total, total == 1 ? "" : "s");
    }

    /** 0 for no contributions, 1 to 4 by quarters of the busiest day. */
    int level(int count) {
        if (count <= 0 || busiestDay == 0) {
            return 0;
        }
        return Math.max(1, Math.min(4, (int) Math.ceil(4.0 * count / busiestDay)));
    }

    /** The calendar as an inline SVG element. */
    public String svg() {
        int width = LEFT + WEEKS * STEP;
        int height = TOP + 7 * STEP;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"contribution-calendar\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(summary())).append("\">");
        monthLabels(svg);
        dayLabel(svg, 1, "Mon");
        dayLabel(svg, 3, "Wed");
        dayLabel(svg, 5, "Fri");
        for (int week = 0; week < WEEKS; week++) {
            svg.append("<g transform=\"translate(").append(LEFT + week * STEP).append(", ").append(TOP).append(")\">");
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate day = start.plusDays(week * 7L + weekday);
                if (day.isAfter(end)) {
                    break;
                }
                cell(svg, day, weekday);
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private void cell(StringBuilder svg, LocalDate day, int weekday) {
        Map<String, Integer> sources = days.getOrDefault(day, Map.of());
        int count = sources.values().stream().mapToInt(Integer::intValue).sum();
        int level = level(count);
        svg.append("<rect class=\"day\" x=\"0\" y=\"").append(weekday * STEP).append("\" width=\"").append(CELL)
                .append("\" height=\"").append(CELL).append("\" rx=\"2\" ry=\"2\" fill=\"").append(COLOURS[level])
                .append("\" data-date=\"").append(day).append("\" data-count=\"").append(count)
                .append("\" data-level=\"").append(level).append("\"><title>").append(escape(tooltip(day, sources)))
                .append("</title></rect>");
    }

    /** "No contributions on …", or the count of each source: "12 private contributions from ghe.example.com on …". */
    static String tooltip(LocalDate day, Map<String, Integer> sources) {
        String date = TOOLTIP_DATE.format(day);
        if (sources.isEmpty()) {
            return "No contributions on " + date;
        }
        List<String> parts = new ArrayList<>();
        sources.forEach((source, count) -> parts.add(privateContributions(count, source)));
        return String.join(", ", parts) + " on " + date;
    }

    static String privateContributions(int count, String source) {
        return String.format(Locale.ENGLISH, "%,d private contribution%s from %s", count, count == 1 ? "" : "s", source);
    }

    /** A month's name above the first column whose Sunday falls in it, unless too close to the next. */
    private void monthLabels(StringBuilder svg) {
        int lastLabelled = -3;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate sunday = start.plusWeeks(week);
            boolean newMonth = week == 0 ? sunday.plusWeeks(2).getMonth() == sunday.getMonth()
                    : sunday.getMonth() != sunday.minusWeeks(1).getMonth();
            if (newMonth && week - lastLabelled >= 3) {
                svg.append("<text class=\"month\" x=\"").append(LEFT + week * STEP).append("\" y=\"").append(TOP - 6)
                        .append("\">").append(sunday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .append("</text>");
                lastLabelled = week;
            }
        }
    }

    private static void dayLabel(StringBuilder svg, int weekday, String name) {
        svg.append("<text class=\"weekday\" x=\"0\" y=\"").append(TOP + weekday * STEP + CELL - 1).append("\">")
                .append(name).append("</text>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
