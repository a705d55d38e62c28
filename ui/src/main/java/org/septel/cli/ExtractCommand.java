package org.septel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.septel.cable.CableIntake;
import org.septel.cable.CableParser;
import org.septel.cable.CableSources;
import org.septel.cable.ParseResult;
import org.septel.cable.ParserLimits;
import org.septel.cable.SourceFile;
import org.septel.cable.SourceLimits;
import org.septel.extraction.Candidate;
import org.septel.extraction.ExtractionPolicy;
import org.septel.extraction.FollowUpExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Parses cables and prints the follow-ups found in each, one JSON object per cable per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find the promises, requests and taskings in cable files, directories or .zip files.")
class ExtractCommand implements Callable<Integer> {

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
        FollowUpExtractor extractor = new FollowUpExtractor(ExtractionPolicy.defaults());
        boolean anyError = false;
        for (SourceFile source : CableSources.of(paths, SourceLimits.defaults())) {
            if (!source.isReadable()) {
                out.println(JSON.writeValueAsString(CableJson.error(source.name(), source.problem())));
                anyError = true;
                continue;
            }
            for (ParseResult result : parser.parseFile(source.name(), source.bytes())) {
                if (result instanceof ParseResult.Parsed parsed) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", parsed.cable().id());
                    line.put("file", source.name());
                    line.put("commitments", extractor.extract(parsed.cable()).stream().map(Candidate::toJsonMap).toList());
                    out.println(JSON.writeValueAsString(line));
                } else if (result instanceof ParseResult.Failed failed) {
                    out.println(JSON.writeValueAsString(CableJson.error(failed.source(), "line %d, column %d: %s"
                            .formatted(failed.error().line(), failed.error().column(), failed.error().message()))));
                    anyError = true;
                }
            }
        }
        return anyError ? 1 : 0;
    }
}
