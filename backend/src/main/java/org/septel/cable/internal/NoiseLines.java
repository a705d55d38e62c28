package org.septel.cable.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines that belong to the transmission or the print, not to the cable's content: page-break lines
 * ({@code TALLINN 00000114 003 OF 003}), old telegram print page heads and routing slips
 * ({@code PAGE 02 HARARE 06677 01 OF 03 291400Z}, {@code INFO LOG-00 NP-00 ...}) and lone classification words
 * repeated at page ends.
 */
final class NoiseLines {

    private static final Pattern PAGE_BREAK = Pattern.compile(
            "\\s{0,10}[A-Z][A-Z .\\-]{0,30} \\d{8}\\s{1,5}\\d{3}(?:\\.\\d)?\\s{1,5}OF\\s{1,5}\\d{3}\\s{0,10}");
    /** Old print page head; text that follows the time stamp on the same line is cable content. */
    private static final Pattern PRINT_PAGE_HEAD = Pattern.compile(
            "\\s{0,10}PAGE\\s{1,10}\\d{2}\\s{1,10}[A-Z][A-Z ]{0,24}?\\s{1,10}\\d{4,6}\\s{1,10}\\d{2}\\s{1,5}OF\\s{1,5}"
                    + "\\d{2}\\s{1,10}\\d{6}Z\\s?");
    private static final Pattern SLIP_TOKEN = Pattern.compile("[A-Z]{1,6}-\\d{2}|/\\d{1,4}W?|W");
    private static final Pattern SLIP_RULER = Pattern.compile("\\s{0,30}-{6,}[A-Z0-9]{4,8}\\s{1,5}\\d{6}Z\\s{1,5}/\\d{1,3}\\s{0,5}");
    private static final Pattern LONE_CLASSIFICATION = Pattern.compile(
            "\\s{0,40}(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\\s{1,10}PTQ\\d{1,6})?\\s{0,20}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private NoiseLines() {
    }

    static boolean isPageBreak(String content) {
        return content.length() < 80 && content.contains(" OF ") && PAGE_BREAK.matcher(content).matches();
    }

    /** Index where cable content resumes after an old print page head, or -1 when the line is no page head. */
    static int afterPrintPageHead(String content) {
        int first = 0;
        while (first < content.length() && first < 10 && content.charAt(first) == ' ') {
            first++;
        }
        if (!content.startsWith("PAGE", first)) {
            return -1;
        }
        Matcher m = PRINT_PAGE_HEAD.matcher(content);
        return m.lookingAt() ? m.end() : -1;
    }

    static boolean isRoutingSlip(String content) {
        // every slip line holds an office code such as LOG-00 or a ruler of dashes
        if (!content.contains("-0") && !content.contains("-1") && !content.contains("------")) {
            return false;
        }
        String s = content.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (SLIP_RULER.matcher(content).matches()) {
            return true;
        }
        if (s.startsWith("ACTION ") || s.startsWith("INFO ")) {
            s = s.substring(s.indexOf(' ') + 1).strip();
        }
        String[] tokens = WHITESPACE.split(s);
        if (tokens.length == 0 || s.length() > 120) {
            return false;
        }
        for (String token : tokens) {
            if (!SLIP_TOKEN.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isLoneClassification(String content) {
        return content.length() < 80 && (content.contains("CONFIDENTIAL") || content.contains("SECRET")
                || content.contains("UNCLAS") || content.contains("LIMITED"))
                && LONE_CLASSIFICATION.matcher(content).matches();
    }

    /** ">", "." or "-" alone: print debris. */
    private static boolean isPunctuationOnly(String content) {
        int marks = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '>' || c == '.' || c == '-') {
                if (++marks > 3) {
                    return false;
                }
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks > 0;
    }

    /** Lines that carry nothing for fields or paragraphs. */
    static boolean isNoise(String content) {
        int afterHead = afterPrintPageHead(content);
        return isPageBreak(content) || isRoutingSlip(content) || isLoneClassification(content)
                || isPunctuationOnly(content)
                || (afterHead >= 0 && content.substring(afterHead).isBlank());
    }
}
