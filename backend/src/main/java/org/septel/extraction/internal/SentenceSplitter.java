package org.septel.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits cable prose into sentences and those into clauses (at ";", ", but" and ", and"), by rules rather than a
 * statistical model: cable abbreviations ("U.S.", "Amb.", "A/S") and all-capital telegrams defeat models trained
 * on news text, and rules are fast and explainable.
 */
final class SentenceSplitter {

    private static final Pattern INITIAL = Pattern.compile("\\(?[a-z]\\.");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\(?(?:[a-z]\\.){2,}");
    private static final Pattern REFERENCE_WORD =
            Pattern.compile("(?i)ref|refs|reftel|para|paragraph|annex|option|tab");

    private final Set<String> abbreviations;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Clause> clauses(String text, int from, int to) {
        List<Clause> clauses = new ArrayList<>();
        int sentenceStart = from;
        int clauseStart = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (c == '\n' && isParagraphBreak(text, i, to)) {
                add(clauses, text, clauseStart, i, sentenceStart);
                sentenceStart = i + 1;
                clauseStart = i + 1;
                depth = 0;
            } else if (c == ';' && depth == 0) {
                add(clauses, text, clauseStart, i + 1, sentenceStart);
                clauseStart = i + 1;
            } else if (c == ',' && depth == 0 && (startsWithWord(text, i + 1, to, "but")
                    || startsWithWord(text, i + 1, to, "and"))) {
                add(clauses, text, clauseStart, i + 1, sentenceStart);
                clauseStart = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, to)) {
                int end = i + 1;
                while (end < to && "\"”’')]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(clauses, text, clauseStart, end, sentenceStart);
                sentenceStart = end;
                clauseStart = end;
                depth = 0;
                i = end - 1;
            }
        }
        add(clauses, text, clauseStart, to, sentenceStart);
        return clauses;
    }

    /** The sentences of {@code text[from,to)} by these rules, as {start, end}: the clauses' sentences. */
    List<int[]> sentences(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        for (Clause clause : clauses(text, from, to)) {
            int[] last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
            if (last != null && last[0] == clause.sentenceStart()) {
                last[1] = clause.end();
            } else {
                sentences.add(new int[] {clause.sentenceStart(), clause.end()});
            }
        }
        return sentences;
    }

    /**
     * Clauses of sentences found elsewhere (another splitter): each sentence is cut at ";", ", but" and ", and"
     * outside brackets, as {@link #clauses} does inside its own sentences.
     */
    List<Clause> clausesOf(String text, List<int[]> sentences) {
        List<Clause> clauses = new ArrayList<>();
        for (int[] sentence : sentences) {
            int clauseStart = sentence[0];
            int depth = 0;
            for (int i = sentence[0]; i < sentence[1]; i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
                if (c == ';' && depth == 0 || c == ',' && depth == 0 && (startsWithWord(text, i + 1, sentence[1], "but")
                        || startsWithWord(text, i + 1, sentence[1], "and"))) {
                    add(clauses, text, clauseStart, i + 1, sentence[0]);
                    clauseStart = i + 1;
                }
            }
            add(clauses, text, clauseStart, sentence[1], sentence[0]);
        }
        return clauses;
    }

    private boolean endsSentence(String text, int i, int to) {
        int j = i + 1;
        while (j < to && "\"”’')]".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        int k = j;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= to) {
            return true;
        }
        char next = text.charAt(k);
        boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next)
                || "\"“‘'(-¶[".indexOf(next) >= 0;
        if (!startsSentence) {
            return false;
        }
        String token = tokenEndingAt(text, i).toLowerCase(Locale.ROOT);
        if (abbreviations.contains(token)) {
            return false;
        }
        // A lone initial ("Lincoln P. Bloomfield") or an acronym with dots ("A.Q. Khan") does not end a sentence,
        // but the letter of a reference ("as noted in ref B.") does.
        if (INITIAL.matcher(token).matches()) {
            return REFERENCE_WORD.matcher(previousWord(text, i)).matches();
        }
        return !DOTTED_ACRONYM.matcher(token).matches();
    }

    private static String previousWord(String text, int i) {
        int end = i;
        while (end > 0 && !Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String tokenEndingAt(String text, int i) {
        int s = i;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, i + 1);
    }

    /** A blank line, or a new line that opens a "--" bullet, ends whatever sentence is open. */
    private static boolean isParagraphBreak(String text, int i, int to) {
        int k = i + 1;
        while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        char next = text.charAt(k);
        return next == '\n' || next == '-' || next == '•';
    }

    private static boolean startsWithWord(String text, int i, int to, String word) {
        int k = i;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int end = k + word.length();
        return end < to && text.regionMatches(true, k, word, 0, word.length())
                && !Character.isLetter(text.charAt(end));
    }

    private static void add(List<Clause> clauses, String text, int start, int end, int sentenceStart) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s >= 3) {
            int sentence = Math.min(Math.max(sentenceStart, 0), s);
            while (sentence < s && Character.isWhitespace(text.charAt(sentence))) {
                sentence++;
            }
            clauses.add(new Clause(s, e, sentence));
        }
    }
}
