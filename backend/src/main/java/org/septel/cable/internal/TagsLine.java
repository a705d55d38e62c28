package org.septel.cable.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The TAGS field: found anywhere on a line (it can share one with E.O.), may wrap onto following lines. */
final class TagsLine {

    private static final Pattern TAGS = Pattern.compile("(?:^|\\s)TAGS\\s{0,3}:?\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG_TOKEN = Pattern.compile("[A-Za-z]{2,10}");
    private static final int MAX_CONTINUATION_LINES = 3;

    private TagsLine() {
    }

    /** Index in the line's content where the tag list starts, or -1. */
    static int valueStart(String content) {
        if (content.length() > 400) {
            return -1;
        }
        Matcher m = TAGS.matcher(content);
        return m.find() ? m.end() : -1;
    }

    static void addTokens(String value, List<String> into) {
        for (String token : value.split("[,\\s]+")) {
            String tag = token.strip().toUpperCase(Locale.ROOT);
            if (!tag.isEmpty()) {
                into.add(tag);
            }
        }
    }

    /** A wrapped TAGS line holds only short tag words, e.g. "PREL, IN, IR" or "JA, IR, PK, AF". */
    static boolean isContinuation(String content) {
        String s = content.strip();
        if (s.isEmpty() || s.length() > 80 || FieldStarts.startsField(s)) {
            return false;
        }
        String[] tokens = s.split("[,\\s]+");
        if (tokens.length > 14) {
            return false;
        }
        for (String token : tokens) {
            if (!TAG_TOKEN.matcher(token).matches() || !token.equals(token.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static int maxContinuationLines() {
        return MAX_CONTINUATION_LINES;
    }
}
