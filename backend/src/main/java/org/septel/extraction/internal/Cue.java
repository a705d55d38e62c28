package org.septel.extraction.internal;

import java.util.regex.Pattern;

import org.septel.extraction.Kind;

/**
 * One line of cues.tsv. {@code needs}, when present, must match the clause text right after the cue;
 * {@code needsBefore} must occur in the clause before it (a reporting verb ahead of "he would").
 */
record Cue(Kind kind, double confidence, ActorRole role, Pattern pattern, String label, Pattern needs,
           Pattern needsBefore, int[] triggerIds) {

    /** Where the first of this cue's trigger fragments occurs, given each fragment's first position, or -1. */
    int firstTrigger(int[] firstPositions) {
        int first = -1;
        for (int id : triggerIds) {
            int at = firstPositions[id];
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Where the last of this cue's trigger fragments occurs, given each fragment's last position, or -1. */
    int lastTrigger(int[] lastPositions) {
        int last = -1;
        for (int id : triggerIds) {
            last = Math.max(last, lastPositions[id]);
        }
        return last;
    }
}
