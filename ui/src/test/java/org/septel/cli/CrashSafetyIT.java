package org.septel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.septel.EmbeddedPostgres;
import org.septel.SyntheticCorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL the importing process at random points of a generated import, restart it, and find every cable on file
 * exactly once with exactly one case. The CI version is short; the benchmark suite runs it long
 * ({@code mvn -Pbench ...}, see docs/operations.md): {@code septel.crash.cables}, {@code septel.crash.kills} and
 * {@code septel.crash.runs} set its size, {@code septel.crash.seed} replays a run.
 */
class CrashSafetyIT {

    private static final int CABLES = Integer.getInteger("septel.crash.cables", 2_000);
    private static final int KILLS = Integer.getInteger("septel.crash.kills", 3);
    private static final int RUNS = Integer.getInteger("septel.crash.runs", 1);
    private static final long SEED = Long.getLong("septel.crash.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void an_import_killed_at_random_points_and_restarted_files_every_cable_once_with_one_case() throws Exception {
        Path cables = SyntheticCorpus.fromClasspath(SEED).writeTo(dir.resolve("cables"), CABLES, 1_000);
        Set<String> expected = new HashSet<>();
        SyntheticCorpus.fromClasspath(SEED).iterator(0, CABLES).forEachRemaining(cable -> expected.add(cable.id()));
        Random random = new Random(SEED);
        String server = EmbeddedPostgres.jdbcUrl();
        long totalLost = 0;
        long totalDuplicated = 0;
        int totalKills = 0;
        for (int run = 1; run <= RUNS; run++) {
            String url = freshDatabase(server, "crash_run_" + run);
            Path log = dir.resolve("import-" + run + ".log");
            int kills = 0;
            while (kills < KILLS) {
                long before = count(url, "select count(*) from cable");
                long target = before + 1 + random.nextInt((int) Math.max(1, (CABLES - before) * 0.6));
                Process process = ImportProcess.start(url, cables, log);
                if (killWhenFiled(process, url, target, random)) {
                    kills++;
                } else {
                    break; // it finished before the chosen point
                }
            }
            Process last = ImportProcess.start(url, cables, log);
            assertThat(last.waitFor(30, TimeUnit.MINUTES)).as("the resumed import finishes").isTrue();
            assertThat(last.exitValue()).as("resumed import's exit code; log: %s", Files.readString(log)).isZero();

            Set<String> filed = ids(url, "select id from cable");
            long lost = expected.stream().filter(id -> !filed.contains(id)).count();
            long duplicated = count(url, "select count(*) from (select id from cable group by id having count(*) > 1) d")
                    + count(url, "select count(*) from (select business_key_ from act_hi_procinst where proc_def_key_ = "
                    + "'CableCaseProcess' group by business_key_ having count(*) > 1) d")
                    + count(url, "select count(*) from (select e.business_key_ from act_ru_execution e join act_re_procdef d"
                    + " on d.id_ = e.proc_def_id_ where d.key_ = 'CableCaseProcess' and e.parent_id_ is null"
                    + " group by e.business_key_ having count(*) > 1) d");
            Set<String> cases = ids(url, "select business_key_ from act_hi_procinst where proc_def_key_ = 'CableCaseProcess'");
            System.out.printf(Locale.ROOT, "crash run %d (seed %d): %d cables, %d kills, %d on file, %d cases, %d lost,"
                    + " %d duplicated%n", run, SEED, CABLES, kills, filed.size(), cases.size(), lost, duplicated);
            assertThat(filed).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(cases).as("every cable has its case").containsExactlyInAnyOrderElementsOf(expected);
            assertThat(kills).as("the import was killed at least once").isPositive();
            totalLost += lost;
            totalDuplicated += duplicated;
            totalKills += kills;
        }
        System.out.printf(Locale.ROOT, "crash test: %d runs, %d kills, %d cables each: %d lost, %d duplicated%n",
                RUNS, totalKills, CABLES, totalLost, totalDuplicated);
        assertThat(totalLost).isZero();
        assertThat(totalDuplicated).isZero();
    }

    /** Waits until the import has filed {@code target} cables, then a random moment more, and kills it (SIGKILL). */
    private static boolean killWhenFiled(Process process, String url, long target, Random random) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (count(url, "select count(*) from cable") >= target) {
                Thread.sleep(random.nextInt(200));
                process.destroyForcibly();
                process.waitFor();
                return true;
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        process.waitFor();
        return false;
    }

    private static String freshDatabase(String server, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return server.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // the schema is not there yet: the first import is still starting
            }
            throw e;
        }
    }

    private static Set<String> ids(String url, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
