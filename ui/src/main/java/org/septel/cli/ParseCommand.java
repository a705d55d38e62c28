package org.septel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Parses cables without touching any database and prints one JSON object per cable per line. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse cable files, directories (recursively) or .zip files and print one JSON object per cable.")
class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON Lines output (one object per cable per line); the only format so far")
    boolean json = true;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "cable file, directory or .zip")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        return CableFiles.printEach(paths, spec.commandLine().getOut(), CableJson::of) ? 1 : 0;
    }
}
