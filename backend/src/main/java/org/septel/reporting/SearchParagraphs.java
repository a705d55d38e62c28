package org.septel.reporting;

import org.septel.cable.Paragraph;
import org.septel.clearance.Classification;
import org.septel.clearance.PortionMarking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cable's text cut into the rows of the search table, read the way {@code CableAccess} reads it: each numbered
 * paragraph with its portion marking (an unreadable or missing marking counts as the cable's own level), and row 0
 * for everything outside them, which whoever may read the cable reads.
 */
final class SearchParagraphs {

    /** Text beyond this many characters of one row is not searched (tsvector and row size stay bounded). */
    static final int MAX_BODY = 200_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\s]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    record Row(int paragraph, PortionMarking marking, String body) {

        int levelRank() {
            return marking.level().ordinal();
        }

        boolean noforn() {
            return marking.caveats().contains(PortionMarking.NOFORN);
        }
    }

    private SearchParagraphs() {
    }

    static List<Row> of(String text, List<Paragraph> paragraphs, String classification, Collection<String> caveats) {
        Classification level = Classification.ofCable(classification);
        PortionMarking overall = new PortionMarking(level,
                caveats.contains(PortionMarking.NOFORN) ? Set.of(PortionMarking.NOFORN) : Set.of());
        List<Row> rows = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        int position = 0;
        for (Paragraph paragraph : paragraphs.stream().sorted(Comparator.comparingInt(Paragraph::start)).toList()) {
            if (paragraph.start() >= position && paragraph.end() <= text.length()) {
                outside.append(text, position, paragraph.start()).append(' ');
                position = paragraph.end();
            }
            // A paragraph is indexed with its own marking even where its span is odd: never lower than it is marked.
            rows.add(new Row(paragraph.number(), PortionMarking.read(paragraph.marking(), level),
                    normalise(paragraph.text())));
        }
        outside.append(text.substring(Math.min(position, text.length())));
        rows.add(0, new Row(0, overall, normalise(outside.toString())));
        return dropRepeatedNumbers(rows);
    }

    /** Whitespace collapsed (cables break lines anywhere), control characters removed (they delimit highlights). */
    static String normalise(String text) {
        String clean = SPACE.matcher(CONTROL.matcher(text == null ? "" : text).replaceAll("")).replaceAll(" ").strip();
        return clean.length() <= MAX_BODY ? clean : clean.substring(0, MAX_BODY);
    }

    /** The table's key is (cable, paragraph); a number the parser read twice keeps its most restrictive row. */
    private static List<Row> dropRepeatedNumbers(List<Row> rows) {
        java.util.Map<Integer, Row> byNumber = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            byNumber.merge(row.paragraph(), row, (a, b) -> new Row(a.paragraph(), stricter(a.marking(), b.marking()),
                    a.body() + " " + b.body()));
        }
        return List.copyOf(byNumber.values());
    }

    private static PortionMarking stricter(PortionMarking a, PortionMarking b) {
        Set<String> caveats = new java.util.HashSet<>(a.caveats());
        caveats.addAll(b.caveats());
        return new PortionMarking(a.level().covers(b.level()) ? a.level() : b.level(), caveats);
    }
}
