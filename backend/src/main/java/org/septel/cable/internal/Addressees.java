package org.septel.cable.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cleans one addressee of the TO/INFO lists: routing indicator, precedence word and serial removed. */
final class Addressees {

    private static final Pattern ROUTING_INDICATOR = Pattern.compile("^[A-Z0-9]{3,10}/(?!/)");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final String[] PRECEDENCE_WORDS = {"IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH"};

    private Addressees() {
    }

    static String clean(String raw) {
        String s = raw.strip();
        if (s.contains("  ")) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        int slash = s.indexOf('/');
        if (slash >= 3 && slash <= 10) {
            s = ROUTING_INDICATOR.matcher(s).replaceFirst("");
        }
        s = stripTrailingSerial(s);
        s = stripTrailingPrecedence(s);
        s = stripTrailingSerial(s);
        return s.strip();
    }

    /** "AMEMBASSY BEIJING 0412" -> "AMEMBASSY BEIJING"; a name that is only digits is kept. */
    private static String stripTrailingSerial(String s) {
        int end = s.length();
        int digits = 0;
        while (end > 0 && Character.isDigit(s.charAt(end - 1)) && digits < 7) {
            end--;
            digits++;
        }
        if (digits == 0 || digits > 6 || end == 0 || !Character.isWhitespace(s.charAt(end - 1))) {
            return s;
        }
        return s.substring(0, end).stripTrailing();
    }

    private static String stripTrailingPrecedence(String s) {
        int space = s.lastIndexOf(' ');
        if (space < 0) {
            return s;
        }
        String last = s.substring(space + 1).toUpperCase(Locale.ROOT);
        for (String word : PRECEDENCE_WORDS) {
            // typing slips such as PRIOITY occur in real headers
            if (last.equals(word) || (last.length() >= 6 && EditDistance.atMost(word, last, 1))) {
                String rest = s.substring(0, space).strip();
                return rest.toUpperCase(Locale.ROOT).endsWith(" NIACT") ? rest.substring(0, rest.length() - 6) : rest;
            }
        }
        return s;
    }
}
