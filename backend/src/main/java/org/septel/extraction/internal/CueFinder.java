package org.septel.extraction.internal;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the strongest cue of a clause. A cue's words contain one of its trigger fragments and start at most
 * {@link #TRIGGER_REACH} characters before it, at a word start (every cue opens with a word, a word boundary or
 * an apostrophe). So instead of letting {@code Matcher.find} try every character up to the clause end, each cue
 * is tried only at those word starts between its first and last trigger: a dozen positions instead of a few
 * hundred, which was most of the cost of extraction. One finder per cable run; it reuses its matchers.
 */
final class CueFinder {

    static final int TRIGGER_REACH = 60;

    private final List<Cue> cues;
    private final TriggerIndex triggers;
    private final int[] triggerLengths;
    private final String text;
    private final Matcher[] matchers;
    private final List<FirstChars> firstChars;

    /** {@code lower}: the cable text lower-cased by {@link TriggerIndex#lowerCase(String)}. */
    CueFinder(Lexicon lexicon, String text, char[] lower) {
        this.cues = lexicon.cuesByConfidence;
        this.triggers = new TriggerIndex(lower, lexicon.triggerTable);
        this.triggerLengths = lexicon.triggerLengths();
        this.text = text;
        this.matchers = new Matcher[cues.size()];
        this.firstChars = lexicon.cueFirstChars;
    }

    /** Whether any cue's trigger occurs in {@code [from,to)}; where none does, no clause there has a cue. */
    boolean anyTriggerWithin(int from, int to) {
        return triggers.anyWithin(from, to);
    }

    /**
     * The cue with the highest confidence that matches in the clause (the earlier lexicon line on a tie), or
     * null. Cues come sorted by confidence, so the first that matches is the answer.
     */
    CueHit strongest(Clause clause) {
        if (!triggers.anyWithin(clause.start(), clause.end())) {
            return null;
        }
        triggers.locate(clause.start(), clause.end(), triggerLengths);
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            int first = cue.firstTrigger(triggers.firstInClause());
            if (first < 0) {
                continue;
            }
            int last = cue.lastTrigger(triggers.lastInClause());
            CueHit hit = tryCue(c, cue, clause, Math.max(clause.start(), first - TRIGGER_REACH), last);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private CueHit tryCue(int index, Cue cue, Clause clause, int from, int lastStart) {
        Matcher m = matchers[index];
        if (m == null) {
            m = cue.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            matchers[index] = m;
        }
        FirstChars starts = firstChars.get(index);
        int p = from;
        while (p <= lastStart) {
            if (!starts.mayStartWith(text.charAt(p)) || !mayStartCue(p)) {
                p++;
                continue;
            }
            m.region(p, clause.end());
            if (!m.lookingAt()) {
                p++;
                continue;
            }
            if (satisfiesContext(cue, clause, m.start(), m.end())) {
                return new CueHit(cue, m.start(), m.end());
            }
            // As Matcher.find would: the next try starts after this match.
            p = Math.max(p + 1, m.end());
        }
        return null;
    }

    private boolean satisfiesContext(Cue cue, Clause clause, int start, int end) {
        if (cue.needs() != null) {
            Matcher needs = cue.needs().matcher(text);
            needs.region(end, clause.end());
            if (!needs.lookingAt()) {
                return false;
            }
        }
        if (cue.needsBefore() != null) {
            Matcher before = cue.needsBefore().matcher(text);
            before.region(clause.sentenceStart(), start);
            return before.find();
        }
        return true;
    }

    /** A word start in the sense of the regex {@code \b}, or an apostrophe ("Caza's pledge to"). */
    private boolean mayStartCue(int p) {
        char c = text.charAt(p);
        if (c == '’' || c == '\'') {
            return true;
        }
        return isWordChar(c) && (p == 0 || !isWordChar(text.charAt(p - 1)));
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }
}
