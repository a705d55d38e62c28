package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts decoded text into {@link SourceLine}s. Works char by char (no regex) so that it is linear on any input.
 * Tabs split a line because the cables.csv layout leaks into some texts as tab-separated rows.
 */
final class LineSplitter {

    private static final int MAX_LINK_LABEL = 60;
    private static final int MAX_LINK_TARGET = 60;
    /** A cables.csv row has 8 columns; more tabs than this on one line are text, not separators. */
    private static final int MAX_SEGMENTS_PER_LINE = 16;
    /**
     * Far above the longest real cable (a few thousand lines); bounds the work on pathological input so that no
     * parse takes long. Lines past it are not read.
     */
    static final int MAX_LINES = 20_000;

    private LineSplitter() {
    }

    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        NextChar tabs = new NextChar(text, '\t');
        NextChar brackets = new NextChar(text, '[');
        NextChar returns = new NextChar(text, '\r');
        int lineNumber = 1;
        int lineStart = 0;
        int length = text.length();
        while (lineStart < length && lines.size() < MAX_LINES) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            int segmentStart = lineStart;
            int segments = 0;
            while (true) {
                int tab = ++segments < MAX_SEGMENTS_PER_LINE ? tabs.from(segmentStart) : -1;
                int segmentEnd = tab >= 0 && tab < lineEnd ? tab : lineEnd;
                boolean plain = !brackets.within(segmentStart, segmentEnd)
                        && !returns.within(segmentStart, segmentEnd - 1);
                lines.add(clean(text, segmentStart, segmentEnd, lineNumber, segmentStart - lineStart + 1, plain));
                if (segmentEnd == lineEnd) {
                    break;
                }
                segmentStart = segmentEnd + 1;
            }
            lineNumber++;
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    /**
     * Position of the next occurrence of one char, found with {@link String#indexOf(int, int)} and kept until the
     * scan passes it: a plain indexOf per line would rescan the rest of the text each time (quadratic).
     */
    private static final class NextChar {
        private final String text;
        private final char c;
        private int next = -2;

        NextChar(String text, char c) {
            this.text = text;
            this.c = c;
        }

        int from(int index) {
            if (next == -2 || (next >= 0 && next < index)) {
                next = text.indexOf(c, index);
            }
            return next;
        }

        boolean within(int from, int to) {
            int at = from(from);
            return at >= 0 && at < to;
        }
    }

    private static SourceLine clean(String text, int from, int to, int lineNumber, int column, boolean plain) {
        if (plain) {
            // the common case: content is a prefix of the raw segment, no offset table needed
            int end = to;
            if (end > from && text.charAt(end - 1) == '\r') {
                end--;
            }
            int trimmed = end;
            while (trimmed > from && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > from && text.charAt(trimmed - 1) == '\\') {
                // a trailing backslash is a line continuation of the tab-separated layout, not text
                end = trimmed - 1;
            }
            String content = text.substring(from, end);
            if (content.indexOf('\u00A0') >= 0) {
                content = content.replace('\u00A0', ' ');
            }
            return SourceLine.prefixOfText(lineNumber, column, content, from);
        }
        StringBuilder content = new StringBuilder(to - from);
        int[] offsets = new int[to - from + 1];
        int afterLastChar = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\r') {
                i++;
                continue;
            }
            if (c == '[') {
                int next = copyMarkdownLinkLabel(text, i, to, content, offsets);
                if (next > i) {
                    i = next;
                    afterLastChar = next;
                    continue;
                }
            }
            offsets[content.length()] = i;
            content.append(c == '\u00A0' ? ' ' : c);
            i++;
            afterLastChar = i;
        }
        offsets[content.length()] = afterLastChar;
        int end = content.length();
        while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && content.charAt(end - 1) == '\\') {
            content.setLength(end - 1);
        }
        int[] exact = new int[content.length() + 1];
        System.arraycopy(offsets, 0, exact, 0, exact.length);
        return new SourceLine(lineNumber, column, content.toString(), exact[0], exact);
    }

    /**
     * Copies the label of a markdown link "[label](#target)" (residue of web pages, e.g. "[¶](#)" or "[PREL](#)")
     * and returns the index after the link, or {@code start} when the text there is no such link.
     */
    private static int copyMarkdownLinkLabel(String text, int start, int to, StringBuilder content, int[] offsets) {
        int close = -1;
        for (int j = start + 1; j < to && j <= start + MAX_LINK_LABEL; j++) {
            char c = text.charAt(j);
            if (c == ']') {
                close = j;
                break;
            }
            if (c == '[' || c == '\n') {
                return start;
            }
        }
        if (close < 0 || close + 2 >= to || text.charAt(close + 1) != '(' || text.charAt(close + 2) != '#') {
            return start;
        }
        int end = -1;
        for (int j = close + 3; j < to && j <= close + MAX_LINK_TARGET; j++) {
            if (text.charAt(j) == ')') {
                end = j;
                break;
            }
        }
        if (end < 0) {
            return start;
        }
        for (int j = start + 1; j < close; j++) {
            offsets[content.length()] = j;
            content.append(text.charAt(j));
        }
        return end + 1;
    }
}
