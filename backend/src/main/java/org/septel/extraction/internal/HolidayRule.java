package org.septel.extraction.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;

/**
 * One line of a holiday data file: {@code name \t rule \t fromYear \t toYear \t observance}.
 * Rules: {@code fixed MM-DD}, {@code nth N WEEKDAY MONTH}, {@code last WEEKDAY MONTH}, {@code date YYYY-MM-DD}.
 * Observance {@code nearest_weekday} moves a Saturday holiday to Friday and a Sunday one to Monday.
 */
public final class HolidayRule {

    private enum Type { FIXED, NTH, LAST, DATE }

    private final String name;
    private final Type type;
    private final MonthDay monthDay;
    private final int nth;
    private final DayOfWeek weekday;
    private final Month month;
    private final LocalDate date;
    private final int fromYear;
    private final int toYear;
    private final boolean nearestWeekday;

    private HolidayRule(String name, Type type, MonthDay monthDay, int nth, DayOfWeek weekday, Month month,
                        LocalDate date, int fromYear, int toYear, boolean nearestWeekday) {
        this.name = name;
        this.type = type;
        this.monthDay = monthDay;
        this.nth = nth;
        this.weekday = weekday;
        this.month = month;
        this.date = date;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.nearestWeekday = nearestWeekday;
    }

    public static HolidayRule fixedDate(LocalDate date) {
        return new HolidayRule(date.toString(), Type.DATE, null, 0, null, null, date,
                date.getYear(), date.getYear(), false);
    }

    public static HolidayRule parse(String line) {
        String[] cols = line.split("\t");
        if (cols.length < 5) {
            throw new IllegalArgumentException("holiday line needs 5 tab-separated columns: " + line);
        }
        String name = cols[0].trim();
        String[] rule = cols[1].trim().split("\\s+");
        int from = cols[2].trim().equals("-") ? Integer.MIN_VALUE : Integer.parseInt(cols[2].trim());
        int to = cols[3].trim().equals("-") ? Integer.MAX_VALUE : Integer.parseInt(cols[3].trim());
        boolean nearest = cols[4].trim().equalsIgnoreCase("nearest_weekday");
        switch (rule[0].toLowerCase(Locale.ROOT)) {
            case "fixed":
                return new HolidayRule(name, Type.FIXED, MonthDay.parse("--" + rule[1]), 0, null, null, null,
                        from, to, nearest);
            case "nth":
                return new HolidayRule(name, Type.NTH, null, Integer.parseInt(rule[1]), weekday(rule[2]),
                        month(rule[3]), null, from, to, nearest);
            case "last":
                return new HolidayRule(name, Type.LAST, null, 0, weekday(rule[1]), month(rule[2]), null,
                        from, to, nearest);
            case "date":
                LocalDate d = LocalDate.parse(rule[1]);
                return new HolidayRule(name, Type.DATE, null, 0, null, null, d, d.getYear(), d.getYear(), nearest);
            default:
                throw new IllegalArgumentException("unknown holiday rule: " + cols[1]);
        }
    }

    public String name() {
        return name;
    }

    /** The day the holiday is observed in {@code year}, or null when the rule does not apply that year. */
    public LocalDate observedIn(int year, Set<DayOfWeek> weekend) {
        if (year < fromYear || year > toYear) {
            return null;
        }
        LocalDate actual = switch (type) {
            case FIXED -> monthDay.atYear(year);
            case NTH -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            case LAST -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday));
            case DATE -> date.getYear() == year ? date : null;
        };
        if (actual == null || !nearestWeekday) {
            return actual;
        }
        if (actual.getDayOfWeek() == DayOfWeek.SATURDAY && weekend.contains(DayOfWeek.SATURDAY)) {
            return actual.minusDays(1);
        }
        if (actual.getDayOfWeek() == DayOfWeek.SUNDAY && weekend.contains(DayOfWeek.SUNDAY)) {
            return actual.plusDays(1);
        }
        return actual;
    }

    private static DayOfWeek weekday(String text) {
        return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static Month month(String text) {
        return Month.valueOf(text.toUpperCase(Locale.ROOT));
    }
}
