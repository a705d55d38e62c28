package org.septel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.septel.cable.CableIntake;
import org.septel.cable.CableParser;
import org.septel.cable.CableSources;
import org.septel.cable.ParseResult;
import org.septel.cable.ParsedCable;
import org.septel.cable.ParserLimits;
import org.septel.cable.SourceFile;
import org.septel.cable.SourceLimits;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What {@code parse} and {@code extract} share: read every cable under the paths, print one JSON line per cable
 * (or an error line naming the file, line and column), and report whether anything failed.
 */
final class CableFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CableFiles() {
    }

    /** @return true when any input could not be read or parsed */
    static boolean printEach(List<Path> paths, PrintWriter out, BiFunction<ParsedCable, String, Map<String, Object>> line)
            throws Exception {
        CableParser parser = new CableParser(new ParserLimits(CableIntake.MAX_FILE_BYTES));
        boolean anyError = false;
        for (SourceFile source : CableSources.of(paths, SourceLimits.defaults())) {
            if (!source.isReadable()) {
                out.println(JSON.writeValueAsString(CableJson.error(source.name(), source.problem())));
                anyError = true;
                continue;
            }
            for (ParseResult result : parser.parseFile(source.name(), source.bytes())) {
                if (result instanceof ParseResult.Parsed parsed) {
                    out.println(JSON.writeValueAsString(line.apply(parsed.cable(), source.name())));
                } else if (result instanceof ParseResult.Failed failed) {
                    out.println(JSON.writeValueAsString(CableJson.error(failed.source(), "line %d, column %d: %s"
                            .formatted(failed.error().line(), failed.error().column(), failed.error().message()))));
                    anyError = true;
                }
            }
        }
        return anyError;
    }
}
