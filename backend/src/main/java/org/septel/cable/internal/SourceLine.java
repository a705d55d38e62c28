package org.septel.cable.internal;

/**
 * One logical line of a cable: a physical line, or one tab-separated segment of it, cleaned for matching
 * (carriage return, trailing backslash continuation and markdown link residue removed).
 * Offsets map cleaned content back to the text: most lines are a plain prefix of their raw segment, so the
 * mapping is {@code start + index}; lines that lost markdown residue carry an explicit table, where
 * {@code offsets[i]} is the text offset of {@code content.charAt(i)} and {@code offsets[content.length()]} the
 * offset just past it.
 */
record SourceLine(int number, int column, String content, int start, int[] offsets) {

    static SourceLine prefixOfText(int number, int column, String content, int start) {
        return new SourceLine(number, column, content, start, null);
    }

    int offsetOf(int contentIndex) {
        int index = Math.min(Math.max(contentIndex, 0), content.length());
        return offsets == null ? start + index : offsets[index];
    }

    boolean isBlank() {
        return content.isBlank();
    }

    String trimmed() {
        return content.strip();
    }

    /** The part of this line from {@code contentIndex} on, keeping its mapping into the text. */
    SourceLine tail(int contentIndex) {
        int from = Math.min(contentIndex, content.length());
        if (offsets == null) {
            return new SourceLine(number, column + from, content.substring(from), start + from, null);
        }
        int[] rest = new int[content.length() - from + 1];
        System.arraycopy(offsets, from, rest, 0, rest.length);
        return new SourceLine(number, column + from, content.substring(from), rest[0], rest);
    }
}
