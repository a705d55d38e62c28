package org.septel.cli;

import org.septel.SyntheticCorpus;
import org.septel.cable.CableParser;
import org.septel.cable.ParseResult;
import org.septel.cable.ParserLimits;
import org.septel.extraction.ExtractionPolicy;
import org.septel.extraction.FollowUpExtractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One crash-safety trial: {@code septel import} of generated cables as a separate process on a fresh database,
 * SIGKILLed at random points and restarted until it finishes on its own; then every cable must be on file once,
 * with one case, and with exactly the follow-up candidates the extractor finds in it (none lost, none twice). Shared by {@link CrashSafetyIT} (CI) and {@link CrashSafetyBench}.
 */
final class CrashTrial {

    /** What one trial found. Losses and duplicates must both be 0. */
    record Outcome(int run, int kills, int cables, long onFile, long cases, long candidates, long losses,
                   long duplicates, double seconds) {

        String line() {
            return String.format(Locale.ROOT, "crash run %d: kills=%d cables=%d on-file=%d cases=%d candidates=%d"
                    + " duplicates=%d losses=%d time=%.1fs", run, kills, cables, onFile, cases, candidates,
                    duplicates, losses, seconds);
        }
    }

    private final Path dir;
    private final Path cableFolder;
    /** Cable id to the number of follow-up candidates the extractor finds in it: what must be on file, once. */
    private final Map<String, Integer> expected = new HashMap<>();
    private final int cables;

    /** Writes {@code cables} generated cables (from {@code seed}) under {@code dir}, 1,000 to a folder. */
    CrashTrial(Path dir, long seed, int cables) {
        this.dir = dir;
        this.cables = cables;
        this.cableFolder = SyntheticCorpus.fromClasspath(seed).writeTo(dir.resolve("cables"), cables, 1_000);
        CableParser parser = new CableParser(ParserLimits.defaults());
        FollowUpExtractor extractor = new FollowUpExtractor(ExtractionPolicy.defaults());
        SyntheticCorpus.fromClasspath(seed).iterator(0, cables).forEachRemaining(cable -> expected.put(cable.id(),
                parser.parse(cable.fileName(), cable.bytes()) instanceof ParseResult.Parsed parsed
                        ? extractor.extract(parsed.cable()).size() : 0));
    }

    /**
     * Imports into the database at {@code url}, killing the import {@code kills} times at random points: mostly
     * after a random number of further cables is filed, sometimes a random time after the process started (while
     * Spring, Flyway or the engine are still starting). Then one more import runs to its end.
     */
    Outcome run(int run, String url, int kills, Random random) throws Exception {
        Path log = dir.resolve("import-" + run + ".log");
        long start = System.nanoTime();
        int killed = 0;
        while (killed < kills) {
            long filed = count(url, "select count(*) from cable");
            Process process = ImportProcess.start(url, cableFolder, log);
            boolean died = random.nextInt(5) == 0
                    ? killAfter(process, 1_000 + random.nextInt(15_000))
                    : killWhenFiled(process, url, filed + 1 + random.nextInt((int) Math.max(1, (cables - filed) * 0.5)),
                            random);
            if (!died) {
                break; // it finished before the chosen point: nothing left to interrupt
            }
            killed++;
        }
        Process last = ImportProcess.start(url, cableFolder, log);
        if (!last.waitFor(60, TimeUnit.MINUTES) || last.exitValue() != 0) {
            last.destroyForcibly();
            throw new IllegalStateException("the resumed import did not finish cleanly; log: " + log + "\n"
                    + tail(log));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return check(run, url, killed, seconds);
    }

    /** The same import without kills, for the time a clean run takes on this machine (the baseline). */
    double cleanImportSeconds(String url) throws Exception {
        Path log = dir.resolve("import-clean.log");
        long start = System.nanoTime();
        Process process = ImportProcess.start(url, cableFolder, log);
        if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the clean import failed; log: " + log + "\n" + tail(log));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private Outcome check(int run, String url, int kills, double seconds) throws SQLException {
        Set<String> filed = ids(url, "select id from cable");
        Set<String> cases = ids(url, "select business_key_ from act_hi_procinst where proc_def_key_ = 'CableCaseProcess'");
        Map<String, Long> candidatesOnFile = new HashMap<>();
        for (String row : ids(url, "select cable_id || ' ' || count(*) from follow_up_candidate group by cable_id")) {
            String[] parts = row.split(" ");
            candidatesOnFile.put(parts[0], Long.parseLong(parts[1]));
        }
        long candidatesLost = 0;
        long candidatesDoubled = 0;
        for (Map.Entry<String, Integer> cable : expected.entrySet()) {
            long difference = candidatesOnFile.getOrDefault(cable.getKey(), 0L) - cable.getValue();
            candidatesLost += difference < 0 ? 1 : 0;
            candidatesDoubled += difference > 0 ? 1 : 0;
        }
        long losses = expected.keySet().stream().filter(id -> !filed.contains(id) || !cases.contains(id)).count()
                + filed.stream().filter(id -> !expected.containsKey(id)).count() + candidatesLost;
        long duplicates = count(url, "select count(*) from (select id from cable group by id having count(*) > 1) d")
                + count(url, "select count(*) - count(distinct business_key_) from act_hi_procinst"
                        + " where proc_def_key_ = 'CableCaseProcess'")
                + count(url, "select count(*) from (select e.business_key_ from act_ru_execution e join act_re_procdef d"
                        + " on d.id_ = e.proc_def_id_ where d.key_ = 'CableCaseProcess' and e.parent_id_ is null"
                        + " group by e.business_key_ having count(*) > 1) d")
                + candidatesDoubled;
        long candidates = count(url, "select count(*) from follow_up_candidate");
        return new Outcome(run, kills, cables, filed.size(), cases.size(), candidates, losses, duplicates, seconds);
    }

    private static boolean killAfter(Process process, long millis) throws InterruptedException {
        if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
        return true;
    }

    /** Waits until the import has filed {@code target} cables, then a random moment more, and kills it (SIGKILL). */
    private static boolean killWhenFiled(Process process, String url, long target, Random random) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (count(url, "select count(*) from cable") >= target) {
                Thread.sleep(random.nextInt(200));
                if (!process.isAlive()) {
                    return false;
                }
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

    static String freshDatabase(String server, String name) throws SQLException {
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

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4_000));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
