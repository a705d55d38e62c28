package org.septel.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.septel.cable.CableParser;
import org.septel.cable.ParseResult;
import org.septel.cable.ParserLimits;

/**
 * Throughput of parse alone and of parse + extract, on one thread, over a folder of cables (default: the
 * shared corpus, else the test copies). Not part of the test run:
 * {@code java -cp target/classes:target/test-classes:<deps> org.septel.extraction.ExtractionBenchmark [dir] [rounds]}.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /** The corpus copied into the test resources, so the benchmark runs the same on any checkout. */
    private static Path defaultCorpus() {
        try {
            return Path.of(ExtractionBenchmark.class.getResource("/corpus/cables").toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the test corpus is not on the classpath; pass a directory", e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : defaultCorpus();
        if (!Files.isDirectory(dir)) {
            dir = Path.of("src/test/resources/corpus/cables");
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<byte[]> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
                names.add(file.getFileName().toString());
            }
        }
        CableParser parser = new CableParser(ParserLimits.defaults());
        FollowUpExtractor extractor = new FollowUpExtractor();
        long bytes = inputs.stream().mapToLong(b -> b.length).sum();
        System.out.printf(Locale.ROOT, "%d cables, %,d bytes, from %s; %d timed rounds after warm-up%n",
                inputs.size(), bytes, dir, rounds);

        for (int warm = 0; warm < 10; warm++) {
            run(parser, extractor, inputs, names, true);
        }
        // Thread CPU time, not wall time: the machine is shared, and waiting for a core is not our cost.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long parseNanos = 0;
        long bothNanos = 0;
        long wallNanos = 0;
        int candidates = 0;
        for (int round = 0; round < rounds; round++) {
            long w0 = System.nanoTime();
            long t0 = cpu.getCurrentThreadCpuTime();
            run(parser, extractor, inputs, names, false);
            long t1 = cpu.getCurrentThreadCpuTime();
            candidates = run(parser, extractor, inputs, names, true);
            long t2 = cpu.getCurrentThreadCpuTime();
            wallNanos += System.nanoTime() - w0;
            parseNanos += t1 - t0;
            bothNanos += t2 - t1;
        }
        double cablesTimed = (double) inputs.size() * rounds;
        double parseRate = cablesTimed / (parseNanos / 1e9);
        double bothRate = cablesTimed / (bothNanos / 1e9);
        double extractOnlyMs = (bothNanos - parseNanos) / 1e6 / cablesTimed;
        System.out.printf(Locale.ROOT, "parse alone:       %,10.0f cables/s (%.3f ms/cable)%n", parseRate,
                parseNanos / 1e6 / cablesTimed);
        System.out.printf(Locale.ROOT, "parse + extract:   %,10.0f cables/s (%.3f ms/cable)%n", bothRate,
                bothNanos / 1e6 / cablesTimed);
        System.out.printf(Locale.ROOT, "extract share:     %.3f ms/cable; %d candidates per pass%n",
                extractOnlyMs, candidates);
        System.out.printf(Locale.ROOT, "(CPU time of the benchmark thread; wall time of both loops %.0f ms)%n",
                wallNanos / 1e6);
    }

    private static int run(CableParser parser, FollowUpExtractor extractor, List<byte[]> inputs, List<String> names,
                           boolean extract) {
        int found = 0;
        for (int i = 0; i < inputs.size(); i++) {
            ParseResult result = parser.parse(names.get(i), inputs.get(i));
            if (extract && result instanceof ParseResult.Parsed parsed) {
                found += extractor.extract(parsed.cable()).size();
            }
        }
        return found;
    }
}
