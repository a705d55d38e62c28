package org.septel.cable;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A cable's exact bytes, the charset they are in, and their SHA-256 (how two texts are told apart). */
record StoredText(byte[] bytes, Charset charset, String sha256) {

    static StoredText of(byte[] bytes, Charset charset) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new StoredText(bytes.clone(), charset, hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
