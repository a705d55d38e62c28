package org.septel.extraction.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each cue trigger fragment occurs in a cable's lower-cased text, found once per cable with the
 * intrinsic {@code String.indexOf}; a clause then asks by binary search instead of scanning itself per cue.
 */
final class TriggerIndex {

    private static final int[] NONE = new int[0];

    private final String lowerText;
    private final Map<String, int[]> positions = new HashMap<>();

    TriggerIndex(String lowerText) {
        this.lowerText = lowerText;
    }

    /** The first occurrence of any of {@code triggers} inside {@code [from,to)}, or -1. */
    int first(Iterable<String> triggers, int from, int to) {
        int best = -1;
        for (String trigger : triggers) {
            int[] at = positions.computeIfAbsent(trigger, this::scan);
            int i = Arrays.binarySearch(at, from);
            if (i < 0) {
                i = -i - 1;
            }
            if (i < at.length && at[i] + trigger.length() <= to && (best < 0 || at[i] < best)) {
                best = at[i];
            }
        }
        return best;
    }

    private int[] scan(String trigger) {
        int[] found = new int[8];
        int count = 0;
        int at = lowerText.indexOf(trigger);
        while (at >= 0) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
            at = lowerText.indexOf(trigger, at + 1);
        }
        return count == 0 ? NONE : Arrays.copyOf(found, count);
    }

    /** Lower-cases char by char so offsets stay those of the original text. */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
