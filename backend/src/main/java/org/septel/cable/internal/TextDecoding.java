package org.septel.cable.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Cables arrive as UTF-8 (web pages, pasted text) or Latin-1 (the cables.csv layout, where the pilcrow is the
 * single byte 0xB6). Bytes that are valid UTF-8 are read as UTF-8; anything else is Latin-1, which never fails.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    public static Charset detect(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
