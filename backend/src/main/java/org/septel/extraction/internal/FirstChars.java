package org.septel.extraction.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's match can start with, found once by asking the regex engine about each Latin-1
 * character on its own: it either matches, or runs out of input (so longer text could match), or fails on that
 * character. Checking this table before {@code Matcher.region} and {@code lookingAt} spares most tries, and the
 * matcher reset each try costs. Characters beyond Latin-1 are always allowed.
 */
final class FirstChars {

    private final boolean[] latin1 = new boolean[256];

    private FirstChars() {
    }

    static FirstChars of(Pattern pattern) {
        FirstChars chars = new FirstChars();
        // A look-behind that must match sees nothing before a lone character: say yes to everything then.
        boolean positiveLookBehind = pattern.pattern().contains("(?<=");
        for (char c = 0; c < 256; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            chars.latin1[c] = positiveLookBehind || m.lookingAt() || m.hitEnd();
        }
        return chars;
    }

    boolean mayStartWith(char c) {
        return c >= 256 || latin1[c];
    }
}
