package org.septel.commitment;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a later cable reads like the reply to a commitment, and which of its paragraphs says so. A
 * cable whose REF block names the commitment's cable always matches (the best paragraph is shown, or the first);
 * any other cable matches only when one paragraph names the same counterpart (the actor's surname, or the
 * organisation) and at least {@value #MIN_ACTION_WORDS} words of the action. Words compare by their first five
 * letters, so "brief" finds "briefed" and "improvements" finds "improve". It only proposes: a person confirms.
 */
final class ReplyMatcher {

    static final int MIN_ACTION_WORDS = 2;
    private static final int STEM = 5;
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]+");
    private static final Set<String> STOP = Set.of("about", "after", "again", "also", "among", "before", "being",
            "could", "emboffs", "embassy", "from", "further", "have", "into", "more", "other", "over", "said", "should",
            "some", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "u.s.", "under",
            "until", "upon", "very", "were", "what", "when", "which", "while", "will", "with", "would", "your");

    /** Where a match was found: the paragraph (number, or null) and its span in the reply's text. */
    record Passage(Integer paragraph, int start, int end, int score) {
    }

    private ReplyMatcher() {
    }

    static Optional<Passage> byReference(ParsedCable reply, CommitmentView commitment) {
        if (!reply.references().contains(commitment.cableId().value())) {
            return Optional.empty();
        }
        Passage best = bestPassage(reply, commitment);
        if (best != null) {
            return Optional.of(best);
        }
        List<Paragraph> paragraphs = reply.paragraphs();
        return Optional.of(paragraphs.isEmpty() ? new Passage(null, 0, Math.min(reply.text().length(), 600), 0)
                : new Passage(paragraphs.get(0).number(), paragraphs.get(0).start(), paragraphs.get(0).end(), 0));
    }

    static Optional<Passage> byText(ParsedCable reply, CommitmentView commitment) {
        return Optional.ofNullable(bestPassage(reply, commitment));
    }

    /**
     * As {@link #byText(ParsedCable, CommitmentView)}, on a reply read once: a paragraph names the counterpart when
     * the key is among its names (exactly the keys found as whole words) and its stems are computed once, not once
     * per follow-up. Same passage, same score.
     */
    static Optional<Passage> byText(ReplyText reply, CommitmentView commitment) {
        if (!reply.complete()) {
            return byText(reply.cable(), commitment);
        }
        Set<String> counterpart = counterpartNames(commitment);
        Set<String> action = stems(commitment.action());
        if (counterpart.isEmpty() || action.isEmpty()) {
            return Optional.empty();
        }
        Passage best = null;
        List<Paragraph> paragraphs = reply.cable().paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> named = reply.names().get(i);
            if (counterpart.stream().noneMatch(named::contains)) {
                continue;
            }
            Set<String> paragraphStems = reply.stems().get(i);
            int found = (int) action.stream().filter(paragraphStems::contains).count();
            if (found >= MIN_ACTION_WORDS && (best == null || found > best.score())) {
                Paragraph paragraph = paragraphs.get(i);
                best = new Passage(paragraph.number(), paragraph.start(), paragraph.end(), found);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The paragraph naming the counterpart with the most words of the action, or null when none qualifies. */
    private static Passage bestPassage(ParsedCable reply, CommitmentView commitment) {
        Set<String> counterpart = counterpartNames(commitment);
        Set<String> action = stems(commitment.action());
        if (counterpart.isEmpty() || action.isEmpty()) {
            return null;
        }
        Passage best = null;
        for (Paragraph paragraph : reply.paragraphs()) {
            String lower = paragraph.text().toLowerCase(Locale.ROOT);
            if (counterpart.stream().noneMatch(name -> CounterpartKeys.containsWord(lower, name))) {
                continue;
            }
            Set<String> found = stems(paragraph.text());
            found.retainAll(action);
            if (found.size() >= MIN_ACTION_WORDS && (best == null || found.size() > best.score())) {
                best = new Passage(paragraph.number(), paragraph.start(), paragraph.end(), found.size());
            }
        }
        return best;
    }

    /** The counterpart's keys ({@link CounterpartKeys}); a commitment with none is never matched by text. */
    private static Set<String> counterpartNames(CommitmentView commitment) {
        Set<String> names = new HashSet<>();
        String surname = CounterpartKeys.surname(commitment.actor());
        if (surname != null) {
            names.add(surname);
        }
        String organisation = CounterpartKeys.organisation(commitment.actorOrg());
        if (organisation != null) {
            names.add(organisation);
        }
        return names;
    }

    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        if (text == null) {
            return stems;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (word.length() >= 4 && !STOP.contains(word)) {
                stems.add(word.length() <= STEM ? word : word.substring(0, STEM));
            }
        }
        return stems;
    }
}
