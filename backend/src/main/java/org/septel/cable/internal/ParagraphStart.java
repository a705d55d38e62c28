package org.septel.cable.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prefix of a numbered paragraph: {@code 1. (C)}, {@code ¶1. (S/Rel CAN)}, {@code 1.(C)}, {@code ¶2.} ...
 *
 * @param number       paragraph number
 * @param pilcrow      whether the number was introduced by ¶
 * @param marking      normalised portion marking, or null
 * @param prefixStart  index of the first prefix character (¶ or digit) in the line
 * @param bodyStart    index where the paragraph body starts in the line
 */
record ParagraphStart(int number, boolean pilcrow, String marking, int prefixStart, int bodyStart) {

    private static final Pattern PREFIX = Pattern.compile(
            "( {0,8})(¶ {0,2})?(\\d{1,3}) ?\\.(?=[\\s(A-Za-z]|$)[ \\t]{0,8}(?:\\(([^()\\n]{1,40})\\)\\.?)?[ \\t]*");
    private static final Pattern MARKING_HEAD = Pattern.compile("(TS|SBU|S|C|U|FOUO|LOU)(?=$|[/\\s\\-])");
    private static final Pattern SLASHES = Pattern.compile("\\s*/+\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPACED_WITHOUT_SLASH = Pattern.compile("[A-Z]{1,4}( [A-Z/ ]{0,30})?");

    static ParagraphStart match(String content) {
        if (content.isEmpty() || content.length() > 20000 || !startsWithNumberOrPilcrow(content)) {
            return null;
        }
        Matcher m = PREFIX.matcher(content);
        if (!m.lookingAt()) {
            return null;
        }
        int number = Integer.parseInt(m.group(3));
        if (number == 0) {
            return null;
        }
        String marking = null;
        int bodyStart = m.end();
        if (m.group(4) != null) {
            marking = normaliseMarking(m.group(4));
            if (marking == null) {
                // "(Action request)" and the like are text, not a portion marking
                bodyStart = m.start(4) - 1;
            }
        }
        return new ParagraphStart(number, m.group(2) != null, marking, m.group(1).length(), bodyStart);
    }

    /** Most lines fail here, before any regex work. */
    private static boolean startsWithNumberOrPilcrow(String content) {
        for (int i = 0; i < content.length() && i <= 8; i++) {
            char c = content.charAt(i);
            if (c != ' ') {
                return c == '\u00B6' || (c >= '0' && c <= '9');
            }
        }
        return false;
    }

    static boolean looksLikeParagraph(String content) {
        ParagraphStart start = match(content);
        return start != null && (start.pilcrow || start.marking != null);
    }

    /** "S//NF" -> "S/NF", "C/ Rel CAN" -> "C/REL CAN", "C - ENTIRE TEXT" -> "C"; null when no marking. */
    static String normaliseMarking(String inner) {
        String s = inner.strip().toUpperCase(Locale.ROOT);
        if (s.length() <= 3 && (s.equals("C") || s.equals("S") || s.equals("U") || s.equals("SBU") || s.equals("TS"))) {
            return s;
        }
        Matcher head = MARKING_HEAD.matcher(s);
        if (!head.lookingAt()) {
            return null;
        }
        int dash = s.indexOf(" -");
        if (dash < 0) {
            dash = s.indexOf("- ");
        }
        if (dash > 0) {
            s = s.substring(0, dash);
        }
        if (s.indexOf('/') >= 0) {
            s = SLASHES.matcher(s).replaceAll("/");
        }
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.indexOf(' ') >= 0 && s.indexOf('/') < 0 && SPACED_WITHOUT_SLASH.matcher(s).matches()) {
            // "C NF" style without a slash is not a form we know
            return null;
        }
        return s.isEmpty() ? null : s;
    }
}
