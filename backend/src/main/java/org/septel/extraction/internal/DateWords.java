package org.septel.extraction.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;

/** Month, weekday, number and year words, and the year guess for dates written without one. */
final class DateWords {

    static final String MONTH_FULL =
            "(january|february|march|april|may|june|july|august|september|october|november|december)";
    static final String MONTH_ANY = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?"
            + "|nov\\.?|dec\\.?)";
    static final String YEAR = "((?:19|20)\\d\\d)";
    static final String YEAR_REF = "((?:19|20)\\d\\d|this\\s+year|next\\s+year|the\\s+year|the\\s+current\\s+year)";
    static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String NUMBER = "(\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?|a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|few|a\\s+few|several|couple\\s+of|a\\s+couple\\s+of)";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("few", 3), Map.entry("a few", 3),
            Map.entry("several", 3), Map.entry("couple of", 2), Map.entry("a couple of", 2));

    private DateWords() {
    }

    /** Null for the lower-case modal "may", which is not a month. */
    static Month month(String token) {
        if (token == null) {
            return null;
        }
        if (token.equals("may")) {
            return null;
        }
        String key = token.toLowerCase(Locale.ROOT).replace(".", "");
        if (key.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(key.substring(0, 3))) {
                return month;
            }
        }
        return null;
    }

    static DayOfWeek weekday(String token) {
        return DayOfWeek.valueOf(token.toUpperCase(Locale.ROOT));
    }

    /** The larger end of "10-14", so a range of days is read generously. */
    static int number(String token) {
        String key = token.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (key.matches("\\d+\\s*[-–]\\s*\\d+")) {
            String[] parts = key.split("\\s*[-–]\\s*");
            return Integer.parseInt(parts[1]);
        }
        if (key.matches("\\d+")) {
            return Integer.parseInt(key);
        }
        Integer value = NUMBER_WORDS.get(key);
        if (value == null) {
            throw new IllegalArgumentException("not a number word: " + token);
        }
        return value;
    }

    /** Resolves "this year", "next year", "2009"; null when a relative year has no DCT to lean on. */
    static Integer year(String token, LocalDate dct) {
        String key = token.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (key.matches("\\d{4}")) {
            return Integer.parseInt(key);
        }
        if (dct == null) {
            return null;
        }
        return key.equals("next year") ? dct.getYear() + 1 : dct.getYear();
    }

    /**
     * A date written without a year is taken as the next one on or after the cable date; a week of slack
     * keeps "by January 31" in a cable of 2 February pointing at the same year's deadline that just passed.
     */
    static LocalDate dateWithoutYear(Month month, int day, LocalDate dct) {
        if (dct == null) {
            return null;
        }
        LocalDate candidate = safeDate(dct.getYear(), month, day);
        if (candidate == null) {
            return null;
        }
        if (candidate.isBefore(dct.minusDays(7))) {
            candidate = safeDate(dct.getYear() + 1, month, day);
        }
        return candidate;
    }

    static LocalDate safeDate(int year, Month month, int day) {
        if (day < 1 || day > month.length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** Year for a month named without one: this year unless the month is already well past. */
    static Integer yearForMonth(Month month, LocalDate dct) {
        if (dct == null) {
            return null;
        }
        return month.getValue() < dct.getMonthValue() - 1 ? dct.getYear() + 1 : dct.getYear();
    }
}
