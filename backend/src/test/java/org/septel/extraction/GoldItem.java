package org.septel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

/** One hand-labelled follow-up, located in the parsed text by its quote. */
record GoldItem(String cableId, Integer paragraph, Kind kind, String actor, Direction direction, String dueText,
                String quote, int start, int end) {

    /** Finds the quote in its paragraph (any paragraph with that number), else anywhere in the text. */
    static GoldItem locate(String cableId, Integer paragraph, Kind kind, String actor, Direction direction,
                           String dueText, String quote, ParsedCable cable) {
        Pattern pattern = quotePattern(quote);
        String text = cable.text();
        List<int[]> scopes = new ArrayList<>();
        if (paragraph != null) {
            for (Paragraph p : cable.paragraphs()) {
                if (p.number() == paragraph) {
                    scopes.add(new int[] {p.start(), p.end()});
                }
            }
        }
        scopes.add(new int[] {0, text.length()});
        for (int[] scope : scopes) {
            Matcher m = pattern.matcher(text);
            m.region(scope[0], scope[1]);
            if (m.find()) {
                return new GoldItem(cableId, paragraph, kind, actor, direction, dueText, quote, m.start(), m.end());
            }
        }
        throw new IllegalStateException(cableId + ": gold quote not found: " + quote);
    }

    /** Whitespace-flexible, and any apostrophe or quote mark stands for any other (cables mix ’ ' , and &...8). */
    private static Pattern quotePattern(String quote) {
        StringBuilder regex = new StringBuilder();
        for (String token : quote.trim().split("\\s+")) {
            if (regex.length() > 0) {
                regex.append("\\s+");
            }
            for (char c : token.toCharArray()) {
                if ("'’‘`\"“”".indexOf(c) >= 0) {
                    regex.append("['’‘`\"“”,&8]?");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    boolean dueTextMatches(String predicted) {
        String gold = normalise(dueText);
        String got = normalise(predicted);
        if (gold == null || got == null) {
            return gold == null && got == null;
        }
        return gold.equals(got) || gold.contains(got) || got.contains(gold);
    }

    private static String normalise(String due) {
        if (due == null) {
            return null;
        }
        String s = due.toLowerCase(Locale.ROOT).replaceAll("[\\s,]+", " ").trim();
        s = s.replaceFirst("^(?:in|on|during|over|within|for|at|by) ", "");
        return s.isEmpty() ? null : s;
    }
}
