package org.septel.cable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample cables that ship with Septel, for the demo profile and for tests. */
public final class SampleCables {

    public static final String SEED_ID = "08OTTAWA1245";

    private SampleCables() {
    }

    /** The seed cable's exact bytes. */
    public static byte[] seed() {
        try (InputStream in = SampleCables.class.getResourceAsStream("/sample-cables/" + SEED_ID + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("the seed cable is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
