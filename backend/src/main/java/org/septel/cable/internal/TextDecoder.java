package org.septel.cable.internal;

import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise ISO-8859-1, which is how the
 * cables.csv extracts are stored (a lone 0xB6 byte is Latin-1 ¶).
 */
public final class TextDecoder {

    public record Decoded(String text, boolean latin1) { }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        String utf8 = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        // the JDK decoder turns every malformed sequence into U+FFFD: without one the bytes were valid UTF-8
        if (utf8.indexOf('\uFFFD') < 0 || isWellFormedUtf8(bytes, skip)) {
            return new Decoded(utf8, false);
        }
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), true);
    }

    private static boolean isWellFormedUtf8(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /** Length of the well-formed UTF-8 sequence starting with a non-ASCII byte at {@code i}, or 0. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;   // no overlong forms
            high = b == 0xED ? 0x9F : 0xBF;  // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
