package org.septel.cable.internal;

/** Finds the first character that cannot appear in a cable's text (control characters of binary data). */
public final class BinaryCheck {

    public record Position(int line, int column, int codePoint) { }

    private static final int TOLERATED_CONTROL_CHARS = 8;

    private BinaryCheck() {
    }

    /** The position of the first control character when there are too many of them to be stray; else null. */
    public static Position firstBinaryChar(String text) {
        int count = 0;
        Position first = null;
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            // C1 controls are left alone: Windows-1252 quotes stored in Latin-1 files land there
            boolean control = (c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7F;
            if (control) {
                if (first == null) {
                    first = new Position(line, column, c);
                }
                if (c == 0 || ++count > TOLERATED_CONTROL_CHARS) {
                    return first;
                }
            }
            column++;
        }
        return null;
    }
}
