package org.septel.cable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The corpus cables and gold labels copied into the test resources. */
final class Corpus {

    static final String CABLES = "/corpus/cables/";
    static final String GOLD = "/gold/cables/";

    private Corpus() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] cable(String id) {
        return bytes(CABLES + id + ".txt");
    }

    /** Ids (file names without .txt) of all corpus cables. */
    static List<String> cableIds() {
        return list(CABLES, ".txt");
    }

    static List<String> goldIds() {
        return list(GOLD, ".json");
    }

    private static List<String> list(String folder, String suffix) {
        URL url = Corpus.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedCable parse(String id) {
        List<ParseResult> results = new CableParser(ParserLimits.defaults()).parseFile(id + ".txt", cable(id));
        if (results.size() != 1 || !(results.get(0) instanceof ParseResult.Parsed parsed)) {
            throw new AssertionError(id + " did not parse into one cable: " + results);
        }
        return parsed.cable();
    }
}
