package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.septel.cable.Paragraph;

/**
 * Finds the top-level numbered paragraphs of a cable body. Candidates that are nested list items, quoted text
 * (between BEGIN TEXT and END TEXT), repeated numbers or far jumps in numbering stay inside the paragraph before.
 */
final class ParagraphScanner {

    private static final int MAX_NUMBER_JUMP = 6;
    private static final Pattern QUOTE_BEGIN = Pattern.compile("(?i)\\bBEGIN\\s{1,3}(?:TEXT|[A-Z/\\- ]{0,30}?POINTS)\\b");
    private static final Pattern QUOTE_END = Pattern.compile("(?i)\\bEND\\s{1,3}(?:TEXT|[A-Z/\\- ]{0,30}?POINTS)\\b");
    private static final String[] BEGIN_SPELLINGS = {"BEGIN", "Begin", "begin"};
    private static final String[] END_SPELLINGS = {"END", "End", "end"};

    private ParagraphScanner() {
    }

    private record Start(int lineIndex, ParagraphStart prefix) { }

    static List<Paragraph> scan(String text, List<SourceLine> lines, int from, int to, Warnings warnings) {
        List<Start> starts = findStarts(lines, from, to, warnings);
        List<Paragraph> paragraphs = new ArrayList<>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            Start start = starts.get(k);
            SourceLine line = lines.get(start.lineIndex);
            int spanStart = spanStart(text, line, start.prefix);
            int bodyStart = line.offsetOf(start.prefix.bodyStart());
            int nextLine = k + 1 < starts.size() ? starts.get(k + 1).lineIndex : to;
            int end = contentEnd(lines, start.lineIndex, nextLine, bodyStart);
            bodyStart = Math.min(bodyStart, end);
            paragraphs.add(new Paragraph(start.prefix.number(), start.prefix.marking(),
                    text.substring(bodyStart, end), spanStart, end));
        }
        return paragraphs;
    }

    private static List<Start> findStarts(List<SourceLine> lines, int from, int to, Warnings warnings) {
        List<Start> starts = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        int highest = 0;
        boolean lastHadPilcrow = false;
        int quoteEnd = -1;
        boolean endMarkerLeft = true;
        for (int i = from; i < to; i++) {
            SourceLine line = lines.get(i);
            String content = line.content();
            if (i <= quoteEnd) {
                continue;
            }
            ParagraphStart prefix = ParagraphStart.match(content);
            if (prefix != null && isAcceptable(prefix, lines, i, from, used, highest, lastHadPilcrow, warnings)) {
                starts.add(new Start(i, prefix));
                used.add(prefix.number());
                if (prefix.number() < highest) {
                    warnings.add("paragraph " + prefix.number() + " comes after paragraph " + highest
                            + " (line " + line.number() + ")");
                }
                highest = Math.max(highest, prefix.number());
                lastHadPilcrow = prefix.pilcrow();
            }
            if (endMarkerLeft && mentions(content, BEGIN_SPELLINGS) && QUOTE_BEGIN.matcher(content).find()) {
                quoteEnd = findQuoteEnd(lines, i + 1, to);
                // without an END marker further on, later BEGIN lines need no search either
                endMarkerLeft = quoteEnd >= 0;
            }
        }
        return starts;
    }

    private static boolean isAcceptable(ParagraphStart prefix, List<SourceLine> lines, int i, int from,
                                        Set<Integer> used, int highest, boolean lastHadPilcrow,
                                        Warnings warnings) {
        int number = prefix.number();
        if (used.contains(number)) {
            if (warnings.accepting()) {
                warnings.add("paragraph number " + number + " appears again at line " + lines.get(i).number()
                        + "; kept inside the paragraph before");
            }
            return false;
        }
        if (number > highest + MAX_NUMBER_JUMP) {
            return false;
        }
        if (prefix.pilcrow()) {
            return true;
        }
        if (prefix.marking() != null) {
            return true;
        }
        // a bare "3." without marking is a paragraph only after a blank line and in a cable not using ¶
        return !lastHadPilcrow && (i == from || previousIsBlank(lines, i));
    }

    private static boolean previousIsBlank(List<SourceLine> lines, int i) {
        return i == 0 || lines.get(i - 1).isBlank();
    }

    private static int findQuoteEnd(List<SourceLine> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            String content = lines.get(j).content();
            if (mentions(content, END_SPELLINGS) && QUOTE_END.matcher(content).find()) {
                return j - 1;
            }
        }
        return -1;
    }

    /** A cheap filter (intrinsic indexOf) before the quote regexes, which would otherwise scan every line. */
    private static boolean mentions(String s, String[] spellings) {
        for (String spelling : spellings) {
            if (s.contains(spelling)) {
                return true;
            }
        }
        return false;
    }

    private static int spanStart(String text, SourceLine line, ParagraphStart prefix) {
        int offset = line.offsetOf(prefix.prefixStart());
        // "[¶](#)1." keeps its markdown opening bracket inside the span
        if (prefix.pilcrow() && offset > 0 && text.charAt(offset - 1) == '[') {
            return offset - 1;
        }
        return offset;
    }

    /** End of the paragraph's last content line, leaving out trailing blank lines, page breaks and headings. */
    private static int contentEnd(List<SourceLine> lines, int startLine, int nextLine, int bodyStart) {
        int j = nextLine - 1;
        while (j > startLine) {
            SourceLine line = lines.get(j);
            if (line.isBlank() || NoiseLines.isNoise(line.content()) || isHeading(lines, j, startLine)) {
                j--;
                continue;
            }
            break;
        }
        SourceLine last = lines.get(j);
        String content = last.content();
        int endIndex = content.length();
        while (endIndex > 0 && Character.isWhitespace(content.charAt(endIndex - 1))) {
            endIndex--;
        }
        return Math.max(bodyStart, last.offsetOf(endIndex));
    }

    /** A line of dashes (or underscores, equals signs) that underlines or frames a section heading. */
    private static boolean isRule(String content) {
        int marks = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '-' || c == '_' || c == '=') {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    private static boolean isHeading(List<SourceLine> lines, int j, int startLine) {
        String content = lines.get(j).content();
        if (isRule(content)) {
            return true;
        }
        String s = content.strip();
        if (s.length() > 90) {
            return false;
        }
        if (s.endsWith("---") || s.endsWith("- - -")) {
            return true;
        }
        boolean ruleBelow = j + 1 < lines.size() && isRule(lines.get(j + 1).content());
        boolean ruleAbove = j - 1 > startLine && isRule(lines.get(j - 1).content());
        if (ruleBelow || ruleAbove) {
            return true;
        }
        boolean isolated = j - 1 > startLine && lines.get(j - 1).isBlank();
        return isolated && !s.endsWith(".") && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.length() < 70;
    }
}
