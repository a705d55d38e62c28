package org.septel.cli;

import org.septel.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The crash-safety benchmark: {@code runs} times, {@code septel import} of {@code cables} generated cables as its
 * own process on a fresh embedded PostgreSQL database, SIGKILLed at 1 to {@code kills} random points and restarted
 * until it finishes; then every cable, case and candidate is counted. The baseline is one clean import of the same
 * cables in the same run, after the runs. Arguments (all optional): {@code runs=10 cables=20000 kills=5 seed=N
 * baseline=true}.
 */
public final class CrashSafetyBench {

    private CrashSafetyBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("runs", "10", "cables", "20000", "kills", "5",
                "seed", String.valueOf(System.nanoTime()), "baseline", "true"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            settings.put(pair[0], pair[1]);
        }
        int runs = Integer.parseInt(settings.get("runs"));
        int cables = Integer.parseInt(settings.get("cables"));
        int maxKills = Integer.parseInt(settings.get("kills"));
        long seed = Long.parseLong(settings.get("seed"));
        Path dir = Files.createTempDirectory("septel-crash-bench");
        System.out.printf(Locale.ROOT, "crash bench: runs=%d cables=%d kills=1..%d seed=%d, %d cores, files in %s%n",
                runs, cables, maxKills, seed, Runtime.getRuntime().availableProcessors(), dir);
        CrashTrial trial = new CrashTrial(dir, seed, cables);
        String server = EmbeddedPostgres.jdbcUrl();

        Random random = new Random(seed);
        List<CrashTrial.Outcome> outcomes = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String url = CrashTrial.freshDatabase(server, "crash_bench_run");
            CrashTrial.Outcome outcome = trial.run(run, url, 1 + random.nextInt(maxKills), random);
            outcomes.add(outcome);
            System.out.println(outcome.line());
        }
        // After the runs, so their lines come first on a long benchmark; the same cables, no kills.
        double clean = Boolean.parseBoolean(settings.get("baseline"))
                ? trial.cleanImportSeconds(CrashTrial.freshDatabase(server, "crash_bench_clean")) : Double.NaN;
        System.out.printf(Locale.ROOT, "baseline: clean import (no kills) of %d cables in %.1f s (%.1f cables/s)%n",
                cables, clean, cables / clean);
        long losses = outcomes.stream().mapToLong(CrashTrial.Outcome::losses).sum();
        long duplicates = outcomes.stream().mapToLong(CrashTrial.Outcome::duplicates).sum();
        int kills = outcomes.stream().mapToInt(CrashTrial.Outcome::kills).sum();
        double seconds = outcomes.stream().mapToDouble(CrashTrial.Outcome::seconds).average().orElse(0);
        System.out.printf(Locale.ROOT, "crash runs=%d cables=%d kills=%d losses=%d duplicates=%d mean-time=%.1fs"
                + " clean-import=%.1fs (%.2fx) %s%n", runs, cables, kills, losses, duplicates, seconds, clean, seconds / clean,
                losses == 0 && duplicates == 0 ? "PASS" : "FAIL");
        System.exit(losses == 0 && duplicates == 0 ? 0 : 1);
    }
}
