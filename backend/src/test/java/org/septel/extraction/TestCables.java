package org.septel.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.septel.cable.CableParser;
import org.septel.cable.ParseResult;
import org.septel.cable.ParsedCable;
import org.septel.cable.ParserLimits;

/** The labelled cables of src/test/resources, parsed by the real cable parser. */
final class TestCables {

    static final CableParser PARSER = new CableParser(ParserLimits.defaults());

    private TestCables() {
    }

    static byte[] bytes(String id) {
        try (InputStream in = TestCables.class.getResourceAsStream("/corpus/cables/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no test cable " + id);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedCable parse(String id) {
        ParseResult result = PARSER.parse(id + ".txt", bytes(id));
        if (result instanceof ParseResult.Parsed parsed) {
            return parsed.cable();
        }
        throw new IllegalStateException("parser failed on " + id + ": " + result);
    }

    /** Ids of the cables with a gold file, sorted. */
    static List<String> goldIds() {
        return org.septel.TestCables.idsIn("/gold/followups", ".json");
    }

    static List<String> corpusIds() {
        return org.septel.TestCables.idsIn("/corpus/cables", ".txt");
    }
}
