package org.septel.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person typed into the search box, read as words and "quoted phrases". Every word and phrase must occur in
 * a cable's readable text (in any of its paragraphs the reader may read). Input the search cannot honour is refused
 * with a message that says what to change, rather than silently read some other way.
 */
public record SearchQuery(String text, List<String> terms) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 10;
    /** Besides letters, digits and spaces: quotes for phrases and the punctuation found inside words and ids. */
    static final String ALLOWED_PUNCTUATION = "\"-'./&,:()";

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    /** Refused input, with a message for the person who typed it. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    /** Null when there is too little to search for (fewer than {@value #MIN_LENGTH} characters). */
    public static SearchQuery parseOrNull(String typed) {
        if (typed == null || typed.strip().length() < MIN_LENGTH) {
            return null;
        }
        return parse(typed);
    }

    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < MIN_LENGTH) {
            throw new Refused("Type at least " + MIN_LENGTH + " characters.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Refused("The search is %,d characters long; the limit is %d. Search for fewer, more telling words."
                    .formatted(text.length(), MAX_LENGTH));
        }
        Set<String> refused = new TreeSet<>();
        text.codePoints().filter(c -> !Character.isLetterOrDigit(c) && !Character.isSpaceChar(c)
                && ALLOWED_PUNCTUATION.indexOf(c) < 0).forEach(c -> refused.add(Character.isISOControl(c)
                        ? "control characters" : new String(Character.toChars(c))));
        if (!refused.isEmpty()) {
            throw new Refused("Search words may contain letters, digits, spaces, \"quotes\" around a phrase and "
                    + "- ' . / & , : ( ) only; wildcards and operators are not needed. Remove: "
                    + String.join(" ", refused));
        }
        List<String> terms = new ArrayList<>();
        String[] quoted = text.split("\"", -1);
        for (int i = 0; i < quoted.length; i++) {
            if (i % 2 == 1) {
                addTerm(terms, quoted[i]);
            } else {
                for (String word : quoted[i].split("[\\s,:()]+")) {
                    addTerm(terms, word);
                }
            }
        }
        if (terms.isEmpty()) {
            throw new Refused("Type a word or a cable id to search for.");
        }
        if (terms.size() > MAX_TERMS) {
            throw new Refused("The search has %d words or phrases; the limit is %d.".formatted(terms.size(), MAX_TERMS));
        }
        return new SearchQuery(text, terms);
    }

    /** A word or phrase, spaces collapsed and lower case; the punctuation around it (not inside it) is dropped. */
    private static void addTerm(List<String> terms, String raw) {
        String term = raw.replaceAll("[\\s,:()]+", " ").strip().replaceAll("^[-'./&]+|[-'./&]+$", "")
                .toLowerCase(Locale.ROOT);
        if (!term.isEmpty() && !terms.contains(term)) {
            terms.add(term);
        }
    }

    /** The whole text for id, subject and TAGS, lower case, quotes dropped: "08ottawa1245", "arctic sovereignty". */
    String wholeText() {
        return text.replace("\"", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static boolean isPhrase(String term) {
        return term.indexOf(' ') >= 0;
    }
}
