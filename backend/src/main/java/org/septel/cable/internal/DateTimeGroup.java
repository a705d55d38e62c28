package org.septel.cable.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date-time group line ({@code O 191755Z SEP 08}, {@code P R 151635Z JAN 09}, {@code 291359Z Nov 00}) and
 * the WikiLeaks date line ({@code Friday, 19 September 2008, 16:13}) used when a partial extract has no DTG.
 */
record DateTimeGroup(Instant instant, String precedence, int twoDigitYear) {

    private static final Pattern DTG = Pattern.compile(
            "\\s{0,10}(?:([ZOPR])\\s{1,3}(?:[ZOPR]\\s{1,3})?)?(\\d{2})(\\d{2})(\\d{2})Z\\s{1,3}([A-Za-z]{3})\\s{1,3}(\\d{2})"
                    + "(?:\\s.{0,40})?");
    private static final Pattern WIKILEAKS_DATE = Pattern.compile(
            "\\s{0,5}[A-Z][a-z]{2,8}, (\\d{1,2}) ([A-Z][a-z]{2,8}) (\\d{4}), (\\d{2}):(\\d{2})\\s{0,5}");
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    /** Parses a DTG line; null when the line is none or names an impossible date. */
    static DateTimeGroup parseDtg(String content) {
        if (content.length() > 80 || content.indexOf('Z') < 0) {
            return null;
        }
        Matcher m = DTG.matcher(content);
        if (!m.matches()) {
            return null;
        }
        int month = monthNumber(m.group(5));
        if (month < 0) {
            return null;
        }
        int yy = Integer.parseInt(m.group(6));
        int year = yy >= 50 ? 1900 + yy : 2000 + yy;
        Instant instant = toInstant(year, month, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
        if (instant == null) {
            return null;
        }
        return new DateTimeGroup(instant, precedenceName(m.group(1)), yy);
    }

    /** Parses the WikiLeaks date line; it carries no precedence. */
    static DateTimeGroup parseWikiLeaksDate(String content) {
        if (content.length() > 60 || content.indexOf(':') < 0 || content.indexOf(',') < 0) {
            return null;
        }
        Matcher m = WIKILEAKS_DATE.matcher(content);
        if (!m.matches()) {
            return null;
        }
        int month = monthNumber(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month < 0) {
            return null;
        }
        Instant instant = toInstant(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)));
        return instant == null ? null : new DateTimeGroup(instant, null, year % 100);
    }

    private static Instant toInstant(int year, int month, int day, int hour, int minute) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        if (name.length() < 3) {
            return -1;
        }
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String precedenceName(String letter) {
        if (letter == null) {
            return null;
        }
        return switch (letter) {
            case "Z" -> "FLASH";
            case "O" -> "IMMEDIATE";
            case "P" -> "PRIORITY";
            case "R" -> "ROUTINE";
            default -> null;
        };
    }
}
