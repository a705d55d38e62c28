package org.septel.cable.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** The layouts {@code parseFile} accepts, recognised from the first characters of the text. */
public enum InputFormat {
    PLAIN_TEXT, WIKILEAKS_HTML, CABLES_CSV;

    private static final Pattern CSV_FIRST_ROW = Pattern.compile("\"?\\d{1,9}\"?,\"?\\d{4}-\\d{2}-\\d{2}[^\\n]{0,40}");
    private static final int SNIFF_CHARS = 4096;

    public static InputFormat detect(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        if (head.indexOf('<') >= 0) {
            String lower = head.toLowerCase(Locale.ROOT);
            if (lower.contains("<pre") && (lower.contains("<html") || lower.contains("<!doctype")
                    || lower.contains("<code") || lower.contains("<body") || lower.stripLeading().startsWith("<"))) {
                return WIKILEAKS_HTML;
            }
        }
        String firstLine = firstNonBlankLine(head);
        if (CSV_FIRST_ROW.matcher(firstLine).lookingAt()) {
            return CABLES_CSV;
        }
        return PLAIN_TEXT;
    }

    private static String firstNonBlankLine(String head) {
        for (String line : head.split("\n", 20)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
