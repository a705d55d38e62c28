package org.septel.extraction.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Matcher.find} for lexicon patterns whose every alternative opens with {@code \b} and a word: such a
 * pattern can only match at a word start, so it is tried there alone. {@code Matcher.find} tries every character,
 * and the word-boundary test it runs at each one (Unicode letter and combining-mark look-ups on both sides) was a
 * good part of the extractor's time. The patterns are checked when the lexicon loads.
 */
final class WordStartSearch {

    private final Pattern pattern;
    private final FirstChars firstChars;

    private WordStartSearch(Pattern pattern) {
        this.pattern = checked(pattern);
        this.firstChars = FirstChars.of(pattern);
    }

    /** A search for a word-start pattern; refuses one that is not (see {@link #checked}). */
    static WordStartSearch of(Pattern pattern) {
        return new WordStartSearch(pattern);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern matches anywhere in {@code text}; the same answer as {@code find()}. */
    boolean find(String text) {
        Matcher m = null;
        int n = text.length();
        boolean previousIsWord = false;
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            boolean word = isWordChar(c);
            if (word && !previousIsWord && firstChars.mayStartWith(c)) {
                if (m == null) {
                    m = pattern.matcher(text);
                    m.useAnchoringBounds(false);
                }
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
            previousIsWord = word;
        }
        return false;
    }

    /**
     * Refuses a pattern this search would answer differently from {@code find()}: an alternative that does not
     * open with {@code \b}, or a look-behind (which could not see before the word start it is tried at).
     */
    static Pattern checked(Pattern pattern) {
        String regex = pattern.pattern();
        if (regex.contains("(?<=") || regex.contains("(?<!")) {
            throw new IllegalArgumentException("no look-behind allowed in a word-start pattern: " + regex);
        }
        int depth = 0;
        boolean inClass = false;
        boolean altStart = true;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (altStart && !regex.startsWith("\\b", i)) {
                throw new IllegalArgumentException("every alternative must open with \\b: " + regex);
            }
            altStart = false;
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                altStart = true;
            }
        }
        return pattern;
    }

    /** A character of {@code \w} for the default (non-Unicode) flags. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }
}
