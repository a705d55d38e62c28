package org.septel.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.septel.extraction.internal.HolidayRule;

/**
 * Weekends plus holidays. Holidays come from rules (fixed dates with weekend observance, n-th weekday of a month)
 * kept as data, so a post can swap in its host country's list; rules are expanded per year on demand.
 */
public final class BusinessCalendar {

    private static final String US_FEDERAL_RESOURCE = "/extraction/holidays-us-federal.tsv";

    private final Set<DayOfWeek> weekend;
    private final List<HolidayRule> rules;
    private final ConcurrentHashMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private BusinessCalendar(Set<DayOfWeek> weekend, List<HolidayRule> rules) {
        this.weekend = EnumSet.copyOf(weekend);
        this.rules = List.copyOf(rules);
    }

    /** Saturday/Sunday weekend and the US federal holidays of the bundled data file. */
    public static BusinessCalendar usFederal() {
        return fromResource(US_FEDERAL_RESOURCE);
    }

    /** Saturday/Sunday weekend and the holiday rules of a classpath resource in the holidays TSV format. */
    public static BusinessCalendar fromResource(String resource) {
        try (InputStream in = BusinessCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            return fromRules(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads holiday rules, one per line: name, rule, first year, last year ("-" for open), observance. */
    public static BusinessCalendar fromRules(Reader reader) {
        List<HolidayRule> rules = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rules.add(HolidayRule.parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BusinessCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), rules);
    }

    /** A calendar with the given weekend days and an explicit list of holidays. */
    public static BusinessCalendar of(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
        List<HolidayRule> rules = new ArrayList<>();
        for (LocalDate holiday : holidays) {
            rules.add(HolidayRule.fixedDate(holiday));
        }
        return new BusinessCalendar(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : weekend, rules);
    }

    public boolean isHoliday(LocalDate date) {
        return holidaysOf(date.getYear()).contains(date);
    }

    public boolean isBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !isHoliday(date);
    }

    /** The date that lies {@code days} business days after {@code date} (date itself never counts). */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        if (days < 0) {
            return minusBusinessDays(date, -days);
        }
        LocalDate current = date;
        int remaining = days;
        while (remaining > 0) {
            current = current.plusDays(1);
            if (isBusinessDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    public LocalDate minusBusinessDays(LocalDate date, int days) {
        LocalDate current = date;
        int remaining = days;
        while (remaining > 0) {
            current = current.minusDays(1);
            if (isBusinessDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    /** The first business day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate current = date;
        while (!isBusinessDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    public Set<LocalDate> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, this::expand);
    }

    private Set<LocalDate> expand(int year) {
        Set<LocalDate> dates = new HashSet<>();
        // Observance can move a holiday across a year boundary (1 Jan on a Saturday is observed 31 Dec).
        for (int y = year - 1; y <= year + 1; y++) {
            for (HolidayRule rule : rules) {
                LocalDate observed = rule.observedIn(y, weekend);
                if (observed != null && observed.getYear() == year) {
                    dates.add(observed);
                }
            }
        }
        return Set.copyOf(dates);
    }
}
