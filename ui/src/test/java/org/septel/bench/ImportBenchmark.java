package org.septel.bench;

import org.septel.cable.CableIntake;
import org.septel.cable.IntakeResult;
import org.septel.cable.SampleCables;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Filing throughput end to end (parse, store, extract candidates, start the case with its review task, one
 * transaction per cable) on H2 or PostgreSQL, beside a baseline in the same run that only batch-inserts the same
 * bytes with JDBC. Not part of the test run:
 * {@code mvn -B -ntp -q -pl ui exec:java -Dexec.args="2000 postgres"} (after {@code mvn -DskipTests install}).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String database = args.length > 1 ? args[1] : "h2";
        try (ConfigurableApplicationContext context = BenchContext.start(database)) {
            CableIntake intake = context.getBean(CableIntake.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String seed = new String(SampleCables.seed(), StandardCharsets.UTF_8);
            List<byte[]> cables = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                cables.add(variant(seed, 100_000 + i));
            }
            // Warm the JIT and the engine's caches on cables outside the measured set.
            for (int i = 0; i < Math.min(200, count / 10); i++) {
                intake.file("warm-up", variant(seed, 900_000 + i));
            }

            long start = System.nanoTime();
            int filed = 0;
            for (int i = 0; i < count; i++) {
                if (intake.file("bench", cables.get(i)).get(0) instanceof IntakeResult.Filed) {
                    filed++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            jdbc.execute("create table bench_baseline (id varchar(64) primary key, raw_bytes bytea not null)");
            long baselineStart = System.nanoTime();
            for (int from = 0; from < count; from += 500) {
                List<Object[]> batch = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    batch.add(new Object[] {"B" + i, cables.get(i)});
                }
                jdbc.batchUpdate("insert into bench_baseline (id, raw_bytes) values (?, ?)", batch);
            }
            double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

            long instances = jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class);
            long candidates = jdbc.queryForObject("select count(*) from follow_up_candidate", Long.class);
            System.out.printf(Locale.ROOT, "database %s, %d cables (seed variants), history level %s%n", database, count,
                    jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'", String.class));
            System.out.printf(Locale.ROOT, "septel filing:  %,.0f cables/s = %,.0f case instances/s (%d filed, %d instances, %d candidates)%n",
                    filed / seconds, filed / seconds, filed, instances, candidates);
            System.out.printf(Locale.ROOT, "JDBC baseline:  %,.0f rows/s (batch insert of the same bytes)%n", count / baselineSeconds);
            System.out.printf(Locale.ROOT, "ratio:          %.1fx%n", (count / baselineSeconds) / (filed / seconds));
        }
    }

    /** The seed with another serial (and so another id), as a real import of many cables would bring. */
    private static byte[] variant(String seed, int serial) {
        return seed.replace("OTTAWA 001245", "OTTAWA " + serial).replace("#1245", "#" + serial)
                .getBytes(StandardCharsets.UTF_8);
    }
}
