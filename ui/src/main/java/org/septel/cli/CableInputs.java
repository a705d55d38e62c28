package org.septel.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** The inputs {@code parse} and {@code extract} share. */
class CableInputs {

    @Option(names = "--json", description = "JSON Lines output (one object per cable per line); the only format so far")
    boolean json = true;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "cable file, directory or .zip")
    List<Path> paths;
}
