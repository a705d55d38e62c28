package org.septel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Real cables from the shared corpus, read byte-for-byte from the test classpath. */
public final class TestCables {

    private TestCables() {
    }

    public static byte[] bytes(String id) {
        try (InputStream in = TestCables.class.getResourceAsStream("/corpus/cables/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no test cable " + id);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
