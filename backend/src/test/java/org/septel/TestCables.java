package org.septel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Real cables from the shared corpus (and the shipped sample cables), read byte-for-byte from the classpath. */
public final class TestCables {

    private TestCables() {
    }

    public static byte[] bytes(String id) {
        InputStream found = TestCables.class.getResourceAsStream("/corpus/cables/" + id + ".txt");
        if (found == null) {
            found = TestCables.class.getResourceAsStream("/sample-cables/" + id + ".txt");
        }
        if (found == null) {
            found = TestCables.class.getResourceAsStream("/fixtures/" + id + ".txt");
        }
        try (InputStream in = found) {
            if (in == null) {
                throw new IllegalArgumentException("no test cable " + id);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
