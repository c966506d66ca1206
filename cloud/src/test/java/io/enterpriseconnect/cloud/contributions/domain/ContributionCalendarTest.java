package io.enterpriseconnect.cloud.contributions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContributionCalendarTest {

    /** A Saturday: the last column is a full week. */
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);
    /** A Wednesday: the last column stops at today. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
    private static final Pattern CELL = Pattern.compile("<rect class=\"day\"[^>]*data-date=\"([0-9-]+)\" "
            + "data-count=\"(\\d+)\" data-level=\"(\\d)\"><title>([^<]*)</title></rect>");

    @Test
    void fiftyThreeWeekColumnsOfSevenDaysEndWithToday() {
        ContributionCalendar calendar = new ContributionCalendar(SATURDAY, List.of());
        assertEquals(DayOfWeek.SUNDAY, calendar.start().getDayOfWeek());
        assertEquals(LocalDate.of(2025, 11, 16), calendar.start());
        String svg = calendar.svg();
        assertEquals(53, count(svg, "<g transform="));
        assertEquals(53 * 7, cells(svg).size());
        assertEquals(SATURDAY.toString(), cells(svg).get(cells(svg).size() - 1)[0]);
    }

    @Test
    void theLastWeekStopsAtToday() {
        ContributionCalendar calendar = new ContributionCalendar(WEDNESDAY, List.of());
        List<String[]> cells = cells(calendar.svg());
        assertEquals(52 * 7 + 4, cells.size());
        assertEquals(WEDNESDAY.toString(), cells.get(cells.size() - 1)[0]);
        assertEquals(LocalDate.of(2025, 11, 16).toString(), cells.get(0)[0]);
    }

    @Test
    void instanceCountsArePrivateContributionsLabelledWithTheirSource() {
        ContributionCalendar calendar = new ContributionCalendar(SATURDAY, List.of(
                new DailyCount(LocalDate.of(2026, 11, 20), "ghe.example.com", 12),
                new DailyCount(LocalDate.of(2026, 11, 20), "ghe2.example.com", 1),
                new DailyCount(LocalDate.of(2026, 6, 1), "ghe.example.com", 1000)));
        assertEquals(1013, calendar.total());
        assertEquals("1,013 contributions in the last year", calendar.summary());
        assertEquals(List.of("1,012 private contributions from ghe.example.com",
                "1 private contribution from ghe2.example.com"), calendar.sourceLabels());
        String[] friday = cell(calendar.svg(), "2026-11-20");
        assertEquals("13", friday[1]);
        assertEquals("12 private contributions from ghe.example.com, 1 private contribution from ghe2.example.com "
                + "on November 20, 2026", friday[3]);
        assertEquals("No contributions on November 21, 2026", cell(calendar.svg(), "2026-11-21")[3]);
    }

    @Test
    void shadesGoByQuartersOfTheBusiestDay() {
        ContributionCalendar calendar = new ContributionCalendar(SATURDAY, List.of(
                new DailyCount(SATURDAY, "ghe", 100), new DailyCount(SATURDAY.minusDays(1), "ghe", 1),
                new DailyCount(SATURDAY.minusDays(2), "ghe", 50), new DailyCount(SATURDAY.minusDays(3), "ghe", 51)));
        String svg = calendar.svg();
        assertEquals("4", cell(svg, SATURDAY.toString())[2]);
        assertEquals("1", cell(svg, SATURDAY.minusDays(1).toString())[2]);
        assertEquals("2", cell(svg, SATURDAY.minusDays(2).toString())[2]);
        assertEquals("3", cell(svg, SATURDAY.minusDays(3).toString())[2]);
        assertEquals("0", cell(svg, SATURDAY.minusDays(4).toString())[2]);
        assertTrue(svg.contains("fill=\"#216e39\" data-date=\"" + SATURDAY + "\""), "the busiest day is darkest");
    }

    @Test
    void daysOutsideTheCalendarAreNotCounted() {
        ContributionCalendar calendar = new ContributionCalendar(SATURDAY, List.of(
                new DailyCount(LocalDate.of(2025, 11, 15), "ghe", 7), new DailyCount(SATURDAY.plusDays(1), "ghe", 7),
                new DailyCount(LocalDate.of(2025, 11, 16), "ghe", 2)));
        assertEquals(2, calendar.total());
    }

    @Test
    void monthsAndWeekdaysAreLabelled() {
        String svg = new ContributionCalendar(SATURDAY, List.of()).svg();
        for (String month : List.of("Dec", "Jan", "Jun", "Nov")) {
            assertTrue(svg.contains(">" + month + "</text>"), month);
        }
        assertTrue(svg.contains(">Mon</text>") && svg.contains(">Wed</text>") && svg.contains(">Fri</text>"));
        assertEquals(13, count(svg, "class=\"month\""), "November at both ends, the first with two weeks of room");
        String late = new ContributionCalendar(LocalDate.of(2026, 11, 28), List.of()).svg();
        assertTrue(late.indexOf(">Dec</text>") < late.indexOf(">Nov</text>"),
                "a first column with less than three weeks of its month left is not labelled");
    }

    @Test
    void noContributionsSaysSo() {
        ContributionCalendar calendar = new ContributionCalendar(SATURDAY, List.of());
        assertEquals("0 contributions in the last year", calendar.summary());
        assertTrue(calendar.sourceLabels().isEmpty());
        assertFalse(calendar.svg().contains("data-level=\"1\""));
    }

    @Test
    void sourceNamesAreEscapedInTheSvg() {
        String svg = new ContributionCalendar(SATURDAY, List.of(new DailyCount(SATURDAY, "<b>&\"", 1))).svg();
        assertTrue(svg.contains("from &lt;b&gt;&amp;&quot; on"), svg);
    }

    @Test
    void theTooltipSaysOneContributionInTheSingular() {
        assertEquals("1 private contribution from ghe on November 21, 2026",
                ContributionCalendar.tooltip(SATURDAY, Map.of("ghe", 1)));
    }

    private static List<String[]> cells(String svg) {
        Matcher matcher = CELL.matcher(svg);
        List<String[]> cells = new java.util.ArrayList<>();
        while (matcher.find()) {
            cells.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)});
        }
        return cells;
    }

    private static String[] cell(String svg, String date) {
        return cells(svg).stream().filter(c -> c[0].equals(date)).findFirst().orElseThrow();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
