package org.septel.cable;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Throughput of the parser over the whole corpus on one thread, against a naive baseline that only splits lines
 * and looks for {@code ^TAGS:}. Not part of the test run; start it with
 * {@code mvn -q test-compile exec:java} (see the pom) or
 * {@code java -cp target/classes:target/test-classes:<commons-csv jar> org.septel.cable.ParserBenchmark [rounds]}.
 */
public final class ParserBenchmark {

    private static final Pattern TAGS_LINE = Pattern.compile("^TAGS:.*", Pattern.MULTILINE);

    private ParserBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<String> ids = Corpus.cableIds();
        List<byte[]> inputs = new ArrayList<>();
        long bytes = 0;
        for (String id : ids) {
            byte[] b = Corpus.cable(id);
            inputs.add(b);
            bytes += b.length;
        }
        CableParser parser = new CableParser(ParserLimits.defaults());
        System.out.printf(Locale.ROOT, "corpus: %d cables, %,d bytes; %d rounds after %d warm-up rounds%n",
                inputs.size(), bytes, rounds, rounds / 4);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        runParser(parser, inputs, rounds / 4);
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long checksum = runParser(parser, inputs, rounds);
        double parserSeconds = (System.nanoTime() - start) / 1e9;
        double parserCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        runBaseline(inputs, rounds / 4);
        start = System.nanoTime();
        cpuStart = threads.getCurrentThreadCpuTime();
        checksum += runBaseline(inputs, rounds);
        double baselineSeconds = (System.nanoTime() - start) / 1e9;
        double baselineCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        long slowest = 0;
        String slowestId = "";
        for (int i = 0; i < inputs.size(); i++) {
            long best = Long.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                parser.parseFile(ids.get(i), inputs.get(i));
                best = Math.min(best, System.nanoTime() - t0);
            }
            if (best > slowest) {
                slowest = best;
                slowestId = ids.get(i);
            }
        }
        long coldWorst = 0;
        for (int i = 0; i < inputs.size(); i++) {
            long t0 = System.nanoTime();
            parser.parseFile(ids.get(i), inputs.get(i));
            coldWorst = Math.max(coldWorst, System.nanoTime() - t0);
        }

        double cables = (double) inputs.size() * rounds;
        // the machine is shared: CPU time of this thread shows the parser's own cost, wall time what a user sees
        System.out.printf(Locale.ROOT, "parser:   %,10.0f cables/s wall, %,10.0f cables/s on-CPU  (%.1f MB/s wall)%n",
                cables / parserSeconds, cables / parserCpuSeconds, bytes * (double) rounds / parserSeconds / 1e6);
        System.out.printf(Locale.ROOT, "baseline: %,10.0f cables/s wall, %,10.0f cables/s on-CPU  (split lines + ^TAGS:)%n",
                cables / baselineSeconds, cables / baselineCpuSeconds);
        System.out.printf(Locale.ROOT, "system load average at the end: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "slowest cable: %s %.3f ms (best of 5); slowest single run in a pass %.3f ms%n",
                slowestId, slowest / 1e6, coldWorst / 1e6);
        System.out.println("checksum " + checksum);
        printWorstCases(parser);
    }

    /** The hostile inputs of {@code WorstCaseInputsTest}, at the 2 MB limit, beside the corpus figures above. */
    @SuppressWarnings("unchecked")
    private static void printWorstCases(CableParser parser) {
        WorstCaseInputsTest.worstCases().forEach(arguments -> {
            String name = (String) arguments.get()[0];
            byte[] bytes = ((java.util.function.IntFunction<String>) arguments.get()[1])
                    .apply(ParserLimits.DEFAULT_MAX_BYTES - 64).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                parser.parseFile(name, bytes);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "worst case %-26s %9d bytes  best %7.1f ms (%.1f MB/s)%n", name,
                    bytes.length, best / 1e6, bytes.length / 1e6 / (best / 1e9));
        });
    }

    private static long runParser(CableParser parser, List<byte[]> inputs, int rounds) {
        long paragraphs = 0;
        for (int r = 0; r < rounds; r++) {
            for (byte[] input : inputs) {
                for (ParseResult result : parser.parseFile("bench", input)) {
                    if (result instanceof ParseResult.Parsed parsed) {
                        paragraphs += parsed.cable().paragraphs().size();
                    }
                }
            }
        }
        return paragraphs;
    }

    private static long runBaseline(List<byte[]> inputs, int rounds) {
        long found = 0;
        for (int r = 0; r < rounds; r++) {
            for (byte[] input : inputs) {
                String text = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1);
                for (String line : text.split("\n")) {
                    if (TAGS_LINE.matcher(line).matches()) {
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
