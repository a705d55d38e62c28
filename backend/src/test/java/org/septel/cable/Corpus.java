package org.septel.cable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
        return org.septel.TestCables.idsIn(CABLES, ".txt");
    }

    static List<String> goldIds() {
        return org.septel.TestCables.idsIn(GOLD, ".json");
    }

    static ParsedCable parse(String id) {
        List<ParseResult> results = new CableParser(ParserLimits.defaults()).parseFile(id + ".txt", cable(id));
        if (results.size() != 1 || !(results.get(0) instanceof ParseResult.Parsed parsed)) {
            throw new AssertionError(id + " did not parse into one cable: " + results);
        }
        return parsed.cable();
    }
}
