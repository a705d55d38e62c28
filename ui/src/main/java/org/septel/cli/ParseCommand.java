package org.septel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.septel.cable.CableIntake;
import org.septel.cable.CableParser;
import org.septel.cable.CableSources;
import org.septel.cable.ParseResult;
import org.septel.cable.ParserLimits;
import org.septel.cable.SourceFile;
import org.septel.cable.SourceLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Parses cables without touching any database and prints one JSON object per cable per line. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse cable files, directories (recursively) or .zip files and print one JSON object per cable.")
class ParseCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON Lines output (one object per cable per line); the only format so far")
    boolean json = true;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "cable file, directory or .zip")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CableParser parser = new CableParser(new ParserLimits(CableIntake.MAX_FILE_BYTES));
        boolean anyError = false;
        for (SourceFile source : CableSources.of(paths, SourceLimits.defaults())) {
            if (!source.isReadable()) {
                print(out, CableJson.error(source.name(), source.problem()));
                anyError = true;
                continue;
            }
            for (ParseResult result : parser.parseFile(source.name(), source.bytes())) {
                if (result instanceof ParseResult.Parsed parsed) {
                    print(out, CableJson.of(parsed.cable(), source.name()));
                } else if (result instanceof ParseResult.Failed failed) {
                    print(out, CableJson.error(failed.source(), "line %d, column %d: %s".formatted(
                            failed.error().line(), failed.error().column(), failed.error().message())));
                    anyError = true;
                }
            }
        }
        return anyError ? 1 : 0;
    }

    private static void print(PrintWriter out, Map<String, Object> json) throws Exception {
        out.println(JSON.writeValueAsString(json));
    }
}
