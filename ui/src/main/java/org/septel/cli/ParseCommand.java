package org.septel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** Parses cables without touching any database and prints one JSON object per cable per line. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse cable files, directories (recursively) or .zip files and print one JSON object per cable.")
class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CableInputs inputs;

    @Override
    public Integer call() throws Exception {
        return CableFiles.printEach(inputs.paths, spec.commandLine().getOut(), CableJson::of) ? 1 : 0;
    }
}
