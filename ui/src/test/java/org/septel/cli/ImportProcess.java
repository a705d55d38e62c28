package org.septel.cli;

import org.septel.ChildJvm;

import java.io.IOException;
import java.nio.file.Path;
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
        List<String> args = new ArrayList<>(List.of("import", "--quiet", "--spring", "spring.profiles.active=postgres"));
        args.addAll(List.of(extraArgs));
        args.add(cables.toString());
        return ChildJvm.start(log, "512m", Map.of("SEPTEL_DB_URL", jdbcUrl, "SEPTEL_DB_USER", "postgres",
                "SEPTEL_DB_PASSWORD", "postgres"), "org.septel.Application", args);
    }
}
