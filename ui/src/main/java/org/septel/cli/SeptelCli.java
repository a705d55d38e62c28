package org.septel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** {@code java -jar septel.jar <command> ...}: the entry point of the subcommands. */
@Command(name = "septel", mixinStandardHelpOptions = true,
        description = "Septel command line. Without a command, Septel starts its web server.",
        subcommands = {ParseCommand.class, ExtractCommand.class, ImportCommand.class})
public final class SeptelCli {

    private static final Set<String> COMMANDS = Set.of("parse", "extract", "import", "help", "--help", "-h");

    private final Class<?> springApplication;

    private SeptelCli(Class<?> springApplication) {
        this.springApplication = springApplication;
    }

    /** The Spring Boot application that commands needing the database start (without its web server). */
    Class<?> springApplication() {
        return springApplication;
    }

    /** True when the arguments ask for a subcommand rather than the web server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> springApplication, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SeptelCli(springApplication));
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }
}
