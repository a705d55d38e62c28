package org.septel.cable.internal;

import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise ISO-8859-1, which is how the
 * cables.csv extracts are stored (a lone 0xB6 byte is Latin-1 ¶). The same pass notes whether any control
 * byte occurs, so that clean input skips the binary-data check.
 */
public final class TextDecoder {

    /**
     * @param controlBytes whether a control byte other than tab, CR, LF or form feed occurs
     */
    public record Decoded(String text, boolean latin1, boolean controlBytes) { }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        int i = skip;
        int n = bytes.length;
        boolean control = false;
        boolean utf8 = true;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                if (b < 0x20 ? b != '\n' && b != '\r' && b != '\t' && b != '\f' : b == 0x7F) {
                    control = true;
                }
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                utf8 = false;
                break;
            }
            i += length;
        }
        if (utf8) {
            return new Decoded(new String(bytes, skip, n - skip, StandardCharsets.UTF_8), false, control);
        }
        for (; i < n && !control; i++) {
            int b = bytes[i] & 0xFF;
            control = b < 0x20 ? b != '\n' && b != '\r' && b != '\t' && b != '\f' : b == 0x7F;
        }
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), true, control);
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
