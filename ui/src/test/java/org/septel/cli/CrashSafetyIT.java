package org.septel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.septel.EmbeddedPostgres;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL the importing process at several random points of a generated import, restart it each time, and find
 * every cable on file exactly once with exactly one case and its candidates once. This is the short CI version;
 * {@link CrashSafetyBench} runs the long one. {@code septel.crash.cables}, {@code septel.crash.kills} (at most),
 * {@code septel.crash.runs} set its size, {@code septel.crash.seed} replays a run.
 */
class CrashSafetyIT {

    private static final int CABLES = Integer.getInteger("septel.crash.cables", 2_000);
    private static final int KILLS = Integer.getInteger("septel.crash.kills", 4);
    private static final int RUNS = Integer.getInteger("septel.crash.runs", 1);
    private static final long SEED = Long.getLong("septel.crash.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void an_import_killed_at_random_points_and_restarted_files_every_cable_once_with_one_case() throws Exception {
        CrashTrial trial = new CrashTrial(dir, SEED, CABLES);
        Random random = new Random(SEED);
        int kills = 0;
        for (int run = 1; run <= RUNS; run++) {
            String url = CrashTrial.freshDatabase(EmbeddedPostgres.jdbcUrl(), "crash_run_" + run);
            CrashTrial.Outcome outcome = trial.run(run, url, 2 + random.nextInt(KILLS - 1), random);
            System.out.println(outcome.line() + " (seed " + SEED + ")");
            assertThat(outcome.losses()).as("cables, cases or candidates lost").isZero();
            assertThat(outcome.duplicates()).as("cables, cases or candidates twice").isZero();
            assertThat(outcome.onFile()).isEqualTo(CABLES);
            assertThat(outcome.cases()).isEqualTo(CABLES);
            kills += outcome.kills();
        }
        assertThat(kills).as("the import was killed, more than once per run on average").isGreaterThan(RUNS);
    }
}
