package org.septel.commitment;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reply read once for matching against many follow-ups (ADR 0027): per paragraph, every counterpart key it names
 * as a whole word ({@link CounterpartKeys#namesIn}) and its action stems ({@link ReplyMatcher#stems}). With
 * {@code names} null the text has more possible names than {@value #MAX_NAMES} and is matched the old way.
 */
record ReplyText(ParsedCable cable, List<Set<String>> names, List<Set<String>> stems) {

    static final int MAX_NAMES = 20_000;

    static ReplyText of(ParsedCable cable) {
        List<Set<String>> names = new ArrayList<>();
        List<Set<String>> stems = new ArrayList<>();
        int total = 0;
        boolean complete = true;
        for (Paragraph paragraph : cable.paragraphs()) {
            Set<String> named = new HashSet<>();
            complete = complete && CounterpartKeys.namesIn(paragraph.text().toLowerCase(Locale.ROOT), named, MAX_NAMES)
                    && (total += named.size()) <= MAX_NAMES;
            names.add(named);
            stems.add(ReplyMatcher.stems(paragraph.text()));
        }
        return new ReplyText(cable, complete ? names : null, stems);
    }

    boolean complete() {
        return names != null;
    }

    /** Every key some paragraph names; only for a complete text. */
    Set<String> allNames() {
        Set<String> all = new HashSet<>();
        names.forEach(all::addAll);
        return all;
    }
}
