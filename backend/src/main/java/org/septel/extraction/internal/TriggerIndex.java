package org.septel.extraction.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Where the cue trigger fragments occur at word starts in a cable's lower-cased text, found in one pass per
 * cable. A clause then learns in one walk over its stretch which fragments it holds, so a cue
 * whose fragments are absent costs nothing.
 */
final class TriggerIndex {

    private final int fragmentCount;
    private final int[] positions;
    private final int[] fragments;
    private final int[] firstInClause;
    private final int[] lastInClause;

    /** {@code lower}: the cable text as {@link #lowerCase(String)} gives it. */
    TriggerIndex(char[] lower, Fragments table) {
        this.fragmentCount = table.count();
        long[] packed = new long[64];
        int count = 0;
        int n = lower.length;
        boolean previousIsWord = false;
        for (int at = 0; at < n; at++) {
            char c = lower[at];
            boolean word = WordStartSearch.isWordChar(c);
            if (word && !previousIsWord && at + 1 < n) {
                int[] candidates = table.startingWith(c, lower[at + 1]);
                if (candidates != null) {
                    for (int id : candidates) {
                        if (table.occursAt(id, lower, at)) {
                            if (count == packed.length) {
                                packed = Arrays.copyOf(packed, count * 2);
                            }
                            packed[count++] = ((long) at << 16) | id;
                        }
                    }
                }
            }
            previousIsWord = word;
        }
        Arrays.sort(packed, 0, count);
        positions = new int[count];
        fragments = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = (int) (packed[i] >>> 16);
            fragments[i] = (int) (packed[i] & 0xFFFF);
        }
        firstInClause = new int[fragmentCount];
        lastInClause = new int[fragmentCount];
    }

    /**
     * The trigger fragments by their first two letters, so one pass over a cable's word starts finds them all.
     * They are words or the starts of words, as every cue begins at a word start; a pass over the word starts
     * costs less than one {@code indexOf} over the whole text per fragment.
     */
    static final class Fragments {

        private final char[][] fragments;
        private final int[][] byFirstTwo = new int[26 * 26][];

        Fragments(List<String> list) {
            fragments = new char[list.size()][];
            for (int id = 0; id < list.size(); id++) {
                String f = list.get(id);
                int b = f.length() < 2 ? -1 : bucket(f.charAt(0), f.charAt(1));
                if (b < 0) {
                    throw new IllegalArgumentException("a trigger fragment starts with two letters a-z: " + f);
                }
                fragments[id] = f.toCharArray();
                int[] old = byFirstTwo[b];
                int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = id;
                byFirstTwo[b] = grown;
            }
        }

        int count() {
            return fragments.length;
        }

        int length(int id) {
            return fragments[id].length;
        }

        int[] startingWith(char first, char second) {
            int b = bucket(first, second);
            return b < 0 ? null : byFirstTwo[b];
        }

        boolean occursAt(int id, char[] text, int at) {
            char[] f = fragments[id];
            if (at + f.length > text.length) {
                return false;
            }
            for (int k = 2; k < f.length; k++) {
                if (text[at + k] != f[k]) {
                    return false;
                }
            }
            return true;
        }

        private static int bucket(char first, char second) {
            if (first < 'a' || first > 'z' || second < 'a' || second > 'z') {
                return -1;
            }
            return (first - 'a') * 26 + (second - 'a');
        }
    }

    /** Whether any fragment occurs inside {@code [from,to)}: most clauses hold none and need no more work. */
    boolean anyWithin(int from, int to) {
        int i = Arrays.binarySearch(positions, from);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && positions[i - 1] == from) {
            i--;
        }
        return i < positions.length && positions[i] < to;
    }

    /**
     * Notes, for each fragment id, where it first and last starts inside {@code [from,to)} (fully inside), or
     * -1; read them with {@link #firstInClause()} and {@link #lastInClause()} until the next call.
     */
    void locate(int from, int to, int[] fragmentLengths) {
        Arrays.fill(firstInClause, -1);
        Arrays.fill(lastInClause, -1);
        int i = Arrays.binarySearch(positions, from);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && positions[i - 1] == from) {
            i--;
        }
        for (; i < positions.length && positions[i] < to; i++) {
            int id = fragments[i];
            if (positions[i] + fragmentLengths[id] <= to) {
                if (firstInClause[id] < 0) {
                    firstInClause[id] = positions[i];
                }
                lastInClause[id] = positions[i];
            }
        }
    }

    int[] firstInClause() {
        return firstInClause;
    }

    int[] lastInClause() {
        return lastInClause;
    }

    /** Lower-cases char by char so offsets stay those of the original text. */
    static char[] lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            } else if (c >= 128) {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return chars;
    }

    static String lowerCaseString(String text) {
        return new String(lowerCase(text));
    }
}
