package org.septel.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code septel import} as a separate operating-system process, on the test's own class path, against the
 * {@code postgres} profile: the way an operator runs it, and a process that can be killed outright.
 */
final class ImportProcess {

    private ImportProcess() {
    }

    static Process start(String jdbcUrl, Path cables, Path log, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp", classPath(),
                "org.septel.Application", "import", "--quiet",
                "--spring", "spring.profiles.active=postgres"));
        command.addAll(List.of(extraArgs));
        command.add(cables.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SEPTEL_DB_URL", jdbcUrl);
        env.put("SEPTEL_DB_USER", "postgres");
        env.put("SEPTEL_DB_PASSWORD", "postgres");
        // An empty working directory: the engine scans the class path's roots for BPMN files, the current
        // directory among them when the path has an empty entry.
        Path work = Files.createDirectories(log.resolveSibling("work"));
        builder.directory(work.toFile());
        return builder.start();
    }

    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !entry.equals("."))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
