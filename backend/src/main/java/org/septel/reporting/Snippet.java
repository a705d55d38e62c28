package org.septel.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A few words of a cable around what matched, cut only from a paragraph the reader may read, as plain text parts;
 * {@code match} parts are the words found. Screens and the API render parts as text, never as markup, so a cable
 * cannot inject HTML through a snippet.
 *
 * @param paragraph the paragraph it comes from; 0 for the text outside numbered paragraphs (header, subject)
 */
public record Snippet(int paragraph, List<Part> parts) {

    /** Delimit matched words while the database or {@link #around} builds the snippet; never in indexed text. */
    static final char START = '\u0002';
    static final char STOP = '\u0003';
    private static final int CONTEXT = 90;

    public Snippet {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean match) {
    }

    public String plainText() {
        return parts.stream().map(Part::text).reduce("", String::concat);
    }

    /** Reads text with matched words between {@link #START} and {@link #STOP} (as {@code ts_headline} writes it). */
    static Snippet fromMarked(int paragraph, String marked) {
        List<Part> parts = new ArrayList<>();
        boolean match = false;
        StringBuilder run = new StringBuilder();
        for (char c : marked.toCharArray()) {
            if (c == START || c == STOP) {
                if (!run.isEmpty()) {
                    parts.add(new Part(run.toString(), match));
                    run.setLength(0);
                }
                match = c == START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), match));
        }
        return new Snippet(paragraph, parts);
    }

    /** For H2 (no {@code ts_headline}): the words around the first match, every match marked. */
    static String around(String body, List<String> terms) {
        String lower = body.toLowerCase(Locale.ROOT);
        int first = terms.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(body.length(), first + 2 * CONTEXT);
        from = from == 0 ? 0 : Math.max(from, body.indexOf(' ', from) + 1);
        int end = to == body.length() ? to : Math.max(first + 1, body.lastIndexOf(' ', to));
        StringBuilder marked = new StringBuilder(from > 0 ? "… " : "");
        int position = from;
        while (position < end) {
            int next = -1;
            String found = null;
            for (String term : terms) {
                int at = lower.indexOf(term, position);
                if (at >= 0 && at < end && (next < 0 || at < next)) {
                    next = at;
                    found = term;
                }
            }
            if (found == null) {
                break;
            }
            int stop = Math.min(end, next + found.length());
            marked.append(body, position, next).append(START).append(body, next, stop).append(STOP);
            position = stop;
        }
        marked.append(body, position, Math.max(position, end)).append(end < body.length() ? " …" : "");
        return marked.toString();
    }
}
