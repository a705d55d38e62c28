package org.septel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real cables from the shared corpus (and the shipped sample cables), read byte-for-byte from the classpath. */
public final class TestCables {

    private TestCables() {
    }

    /** The base names of the files with this suffix in a test-resource folder, sorted. */
    public static List<String> idsIn(String folder, String suffix) {
        URL url = TestCables.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .map(name -> name.substring(0, name.length() - suffix.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
