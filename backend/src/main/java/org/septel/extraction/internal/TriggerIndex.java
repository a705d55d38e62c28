package org.septel.extraction.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Where the cue trigger fragments occur in a cable's lower-cased text, found once per cable with the intrinsic
 * {@code String.indexOf}. A clause then learns in one walk over its stretch which fragments it holds, so a cue
 * whose fragments are absent costs nothing.
 */
final class TriggerIndex {

    private final int fragmentCount;
    private final int[] positions;
    private final int[] fragments;
    private final int[] firstInClause;
    private final int[] lastInClause;

    TriggerIndex(String lowerText, List<String> fragmentList) {
        this.fragmentCount = fragmentList.size();
        long[] packed = new long[64];
        int count = 0;
        for (int id = 0; id < fragmentList.size(); id++) {
            String fragment = fragmentList.get(id);
            for (int at = lowerText.indexOf(fragment); at >= 0; at = lowerText.indexOf(fragment, at + 1)) {
                if (count == packed.length) {
                    packed = Arrays.copyOf(packed, count * 2);
                }
                packed[count++] = ((long) at << 16) | id;
            }
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
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
