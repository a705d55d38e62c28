package org.septel;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A separate Java process on this JVM's class path: for tests and benchmarks that must kill a part of Septel
 * outright (SIGKILL), which no thread in this JVM can do to another.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code mainClass} with {@code args}; its output goes to {@code log}, its working directory is empty. */
    public static Process start(Path log, String heap, Map<String, String> env, String mainClass, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", classPath(), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        // An empty working directory: the engine scans the class path's roots for BPMN files, the current
        // directory among them when the path has an empty entry.
        builder.directory(Files.createDirectories(log.resolveSibling("work")).toFile());
        return builder.start();
    }

    /**
     * This JVM's class path; under {@code mvn exec:java} the project's classes are not on it but in the context
     * class loader, so that loader's URLs are used then.
     */
    static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
                && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(ChildJvm::file)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !entry.equals("."))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }
}
