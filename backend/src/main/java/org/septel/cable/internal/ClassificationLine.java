package org.septel.cable.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body's classification line, e.g. {@code S E C R E T SECTION 01 OF 02 OTTAWA 001245}: level, station and
 * serial. Accepts letter-spaced, lower-cased and slightly damaged level words ({@code E C R E T}).
 *
 * @param level      UNCLASSIFIED, CONFIDENTIAL or SECRET
 * @param station    station as written, upper-cased, single-spaced ("NEW DELHI")
 * @param serial     serial without leading zeros
 * @param rest       what follows the serial on the same line (some cables carry caveats, E.O. and TAGS there)
 * @param restIndex  index of {@code rest} in the line's content
 * @param repairNote non-null when the level word was damaged and had to be guessed
 */
record ClassificationLine(String level, String station, long serial, String rest, int restIndex, String repairNote) {

    private static final String[][] LEVELS = {
            {"UNCLASSIFIED", "UNCLASSIFIED"}, {"UNCLAS", "UNCLASSIFIED"},
            {"CONFIDENTIAL", "CONFIDENTIAL"}, {"SECRET", "SECRET"}};
    private static final Pattern AFTER_LEVEL = Pattern.compile(
            "(?:\\s{1,12}SECTION\\s{1,4}\\d{1,3}\\s{1,4}OF\\s{1,4}\\d{1,3})?\\s{1,12}"
                    + "((?:[A-Z][A-Z\\-]{0,20}\\s{1,3}){0,3}[A-Z][A-Z\\-]{0,20})\\s{1,8}0*(\\d{1,7})(?=\\s|$|[^\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_SPACED_LETTERS = 40;

    static ClassificationLine parse(String content) {
        if (content.length() > 400) {
            return null;
        }
        int start = 0;
        while (start < content.length() && content.charAt(start) == ' ') {
            start++;
        }
        if (start > 40 || start >= content.length() || "UCSEONucseon".indexOf(content.charAt(start)) < 0) {
            // every level word, even a damaged one, starts with one of these letters
            return null;
        }
        StringBuilder word = new StringBuilder();
        int wordEnd = readLevelWord(content, start, word);
        if (wordEnd < 0) {
            return null;
        }
        String written = word.toString().toUpperCase(Locale.ROOT);
        String level = null;
        String repairNote = null;
        for (String[] candidate : LEVELS) {
            if (candidate[0].equals(written)) {
                level = candidate[1];
                break;
            }
        }
        if (level == null) {
            for (String[] candidate : LEVELS) {
                if (candidate[0].length() >= 6 && EditDistance.atMost(candidate[0], written, 1)) {
                    level = candidate[1];
                    repairNote = "classification line is damaged: read '" + content.substring(start, wordEnd).strip()
                            + "' as " + level;
                    break;
                }
            }
        }
        if (level == null) {
            return null;
        }
        Matcher m = AFTER_LEVEL.matcher(content);
        m.region(wordEnd, content.length());
        if (!m.lookingAt()) {
            return null;
        }
        String station = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (station.startsWith("SECTION") || station.equals("OF")) {
            return null;
        }
        long serial = Long.parseLong(m.group(2));
        return new ClassificationLine(level, station, serial, content.substring(m.end()), m.end(), repairNote);
    }

    /**
     * Reads the level word starting at {@code start}, joining letter-spaced forms ("S E C R E T", "C O N F ...")
     * into one word. Returns the index after the word, or -1 when there is no word of letters.
     */
    private static int readLevelWord(String content, int start, StringBuilder word) {
        int n = content.length();
        int i = start;
        if (isSingleLetterAt(content, i) && i + 1 < n && content.charAt(i + 1) == ' ' && isSingleLetterAt(content, i + 2)) {
            // letter-spaced: one letter, one space, one letter...; a double space or a real word ends it
            while (word.length() < MAX_SPACED_LETTERS) {
                word.append(content.charAt(i));
                i++;
                if (i + 1 < n && content.charAt(i) == ' ' && isSingleLetterAt(content, i + 1)) {
                    i++;
                } else {
                    break;
                }
            }
            return word.length() >= 4 ? i : -1;
        }
        while (i < n && Character.isLetter(content.charAt(i)) && word.length() < 20) {
            word.append(content.charAt(i));
            i++;
        }
        return word.length() >= 5 ? i : -1;
    }

    /** A letter that is not followed by another letter. */
    private static boolean isSingleLetterAt(String content, int i) {
        return i < content.length() && Character.isLetter(content.charAt(i))
                && (i + 1 >= content.length() || !Character.isLetter(content.charAt(i + 1)));
    }
}
