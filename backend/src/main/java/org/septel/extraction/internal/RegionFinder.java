package org.septel.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

/**
 * Decides which text to scan: the numbered paragraphs, plus an unnumbered summary or action request before them;
 * and which to leave out: talking points and draft texts quoted for delivery, which are scripts rather than
 * commitments (their tasking sits in the paragraph that introduces them).
 */
final class RegionFinder {

    private static final Pattern BLOCK_BEGIN = Pattern.compile(
            "(?:begin|start)\\s+(?:(?:the\\s+)?(?:suggested\\s+|proposed\\s+)?(?:talking\\s+points|points|text|"
                    + "non-?paper|draft(?:\\s+resolution)?|letter|message|quote)(?:\\s*(?:/|and|for\\s+\\w+)\\s*"
                    + "(?:non-?paper|talking\\s+points))?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END = Pattern.compile(
            "\\bend\\s+(?:of\\s+)?(?:(?:the\\s+)?(?:talking\\s+points|points|text|non-?paper|draft|letter|message|"
                    + "quote)(?:\\s*(?:/|and|for\\s+\\w+)\\s*(?:non-?paper|talking\\s+points))?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE_PARAGRAPH_START = Pattern.compile(
            "(?m)^[ \\t]*(?:BEGIN\\s+SUMMARY|SUMMARY\\s*(?:AND\\s+ACTION\\s+REQUEST)?\\s*[:.]?\\s*$|"
                    + "ACTION\\s+REQUEST(?:ED)?\\s*[:.])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?im)^[ \\t]*(?:SUBJECT|SUBJ|REF|REFS|REFTEL|Classified\\s+By|E\\.\\s?O\\.|TAGS|Reasons?)\\b.*$");

    List<Region> regions(ParsedCable cable) {
        return regions(cable, TriggerIndex.lowerCaseString(cable.text()));
    }

    /** {@code lowerText}: the cable text lower-cased char by char (same offsets). */
    List<Region> regions(ParsedCable cable, String lowerText) {
        String text = cable.text();
        List<Region> raw = new ArrayList<>();
        List<Paragraph> paragraphs = cable.paragraphs() == null ? List.of() : cable.paragraphs();
        int firstParagraph = paragraphs.isEmpty() ? text.length()
                : paragraphs.stream().mapToInt(Paragraph::start).min().orElse(text.length());
        int preStart = preParagraphStart(text, firstParagraph, paragraphs.isEmpty());
        if (preStart >= 0 && preStart < firstParagraph) {
            raw.add(new Region(null, preStart, firstParagraph));
        }
        for (Paragraph p : paragraphs) {
            raw.add(new Region(p.number(), Math.max(0, p.start()), Math.min(text.length(), p.end())));
        }
        return withoutQuotedBlocks(text, lowerText, raw);
    }

    private static int preParagraphStart(String text, int firstParagraph, boolean noParagraphs) {
        int headerEnd = 0;
        Matcher header = HEADER_LINE.matcher(text);
        header.region(0, Math.min(text.length(), firstParagraph));
        while (header.find()) {
            headerEnd = header.end();
        }
        if (noParagraphs) {
            return headerEnd;
        }
        Matcher start = PRE_PARAGRAPH_START.matcher(text);
        start.region(headerEnd, firstParagraph);
        return start.find() ? start.start() : -1;
    }

    private static final String[] BLOCK_WORDS = {"begin", "start"};

    /**
     * The next "begin" or "start" at or after {@code from} in the lower-cased text. {@code next} keeps each
     * word's next position between calls, so the text is searched once per word and not once per call.
     */
    private static int nextBlockWord(String lowerText, int from, int[] next) {
        int best = -1;
        for (int w = 0; w < BLOCK_WORDS.length; w++) {
            if (next[w] != -1 && next[w] < from) {
                next[w] = lowerText.indexOf(BLOCK_WORDS[w], from);
            }
            if (next[w] >= 0 && (best < 0 || next[w] < best)) {
                best = next[w];
            }
        }
        return best;
    }

    private static List<Region> withoutQuotedBlocks(String text, String lowerText, List<Region> regions) {
        List<int[]> blocks = new ArrayList<>();
        int from = 0;
        int at;
        // Look for the pattern only where "begin" or "start" is written, in any case.
        int[] next = new int[BLOCK_WORDS.length];
        java.util.Arrays.fill(next, -2);
        while ((at = nextBlockWord(lowerText, from, next)) >= 0) {
            Matcher begin = BLOCK_BEGIN.matcher(text);
            begin.region(at, Math.min(text.length(), at + 80));
            if (!begin.lookingAt()) {
                from = at + 5;
                continue;
            }
            Matcher end = BLOCK_END.matcher(text);
            int blockEnd = end.find(begin.end()) ? end.end() : text.length();
            blocks.add(new int[] {begin.start(), blockEnd});
            from = blockEnd;
        }
        if (blocks.isEmpty()) {
            return regions;
        }
        List<Region> result = new ArrayList<>();
        for (Region region : regions) {
            int cursor = region.start();
            for (int[] block : blocks) {
                if (block[1] <= cursor || block[0] >= region.end()) {
                    continue;
                }
                if (block[0] > cursor) {
                    result.add(new Region(region.paragraph(), cursor, block[0]));
                }
                cursor = Math.max(cursor, block[1]);
            }
            if (cursor < region.end()) {
                result.add(new Region(region.paragraph(), cursor, region.end()));
            }
        }
        return result;
    }
}
