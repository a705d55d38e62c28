package org.septel.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that says how a follow-up's counterpart is named in a reply (ADR 0027): the actor's surname (last
 * word, lowercase, only a-z, apostrophe and hyphen, more than two letters: "Shawn Caza" -> caza) or a one-word
 * organisation ("DFAIT" -> dfait). {@link ReplyMatcher} looks for these keys as whole words; {@link Commitment}
 * stores them so filing a cable reads only the follow-ups its paragraphs can name; the V77 migration backfills
 * them. Public only for that migration.
 */
public final class CounterpartKeys {

    /** Longest key stored: lowercasing can lengthen a 300-character name (U+0130 becomes two chars). */
    static final int MAX_LENGTH = 600;
    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private CounterpartKeys() {
    }

    /** "Shawn Caza" -> caza; null when there is no actor or the last word is too short to name anyone. */
    public static String surname(String actor) {
        if (actor == null || actor.isBlank()) {
            return null;
        }
        String[] words = actor.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z'-]", "");
        return last.length() > 2 ? last : null;
    }

    /** "DFAIT" -> dfait; null for a missing, short or several-word organisation. */
    public static String organisation(String actorOrg) {
        if (actorOrg == null || actorOrg.strip().length() <= 2 || actorOrg.contains(" ")) {
            return null;
        }
        return actorOrg.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the key occurs in the lowercased text as a whole word ({@code \b} on both sides). */
    static boolean containsWord(String lowerText, String key) {
        return Pattern.compile("\\b" + Pattern.quote(key) + "\\b").matcher(lowerText).find();
    }

    /**
     * Adds to {@code into} every string that {@link #containsWord} could find in this lowercased text: each span
     * between two word boundaries inside a run without spaces (no key holds a space). That is more than the words
     * ("o'brien's" also yields o'brien, brien and s; "u.s.a" yields u.s.), and so exactly as wide as the matcher:
     * a key that names the text is always among them. Returns false, leaving the set incomplete, once it would
     * hold more than {@code limit} strings.
     */
    static boolean namesIn(String lowerText, Set<String> into, int limit) {
        List<Integer> boundaries = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(lowerText);
        while (boundary.find()) {
            boundaries.add(boundary.start());
        }
        for (int i = 0; i < boundaries.size(); i++) {
            int start = boundaries.get(i);
            int space = lowerText.indexOf(' ', start);
            int stop = Math.min(space < 0 ? lowerText.length() : space, start + MAX_LENGTH);
            for (int j = i + 1; j < boundaries.size() && boundaries.get(j) <= stop; j++) {
                int end = boundaries.get(j);
                into.add(lowerText.substring(start, end));
                if (into.size() > limit) {
                    return false;
                }
            }
        }
        return true;
    }
}
