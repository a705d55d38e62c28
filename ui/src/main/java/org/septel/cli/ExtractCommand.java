package org.septel.cli;

import org.septel.extraction.Candidate;
import org.septel.extraction.ExtractionPolicy;
import org.septel.extraction.FollowUpExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Parses cables and prints the follow-ups found in each, one JSON object per cable per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find the promises, requests and taskings in cable files, directories or .zip files.")
class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CableInputs inputs;

    @Override
    public Integer call() throws Exception {
        FollowUpExtractor extractor = new FollowUpExtractor(ExtractionPolicy.defaults());
        return CableFiles.printEach(inputs.paths, spec.commandLine().getOut(), (cable, file) -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", cable.id());
            line.put("file", file);
            line.put("commitments", extractor.extract(cable).stream().map(Candidate::toJsonMap).toList());
            return line;
        }) ? 1 : 0;
    }
}
