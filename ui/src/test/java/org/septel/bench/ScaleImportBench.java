package org.septel.bench;

import org.junit.jupiter.api.Test;
import org.septel.Application;
import org.septel.EmbeddedPostgres;
import org.septel.SyntheticCorpus;
import org.septel.cable.CableImport;
import org.septel.cable.ImportSummary;
import org.septel.cable.SourceFile;
import org.septel.reporting.WorkList;
import org.septel.workflow.WorkItems;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk filing at scale on embedded PostgreSQL: generated cables through the real import (parse, store, extract,
 * route by DMN, start the case; one transaction per cable; parallel workers on a bounded queue), beside a JDBC
 * batch insert of the same rows in the same run. Not part of {@code verify}: run it with the {@code bench} profile
 * (docs/operations.md), sized by {@code septel.scale.cables} and {@code septel.scale.workers}. While the import
 * runs, an officer's My work first page is loaded every few seconds ({@link PageLoadProbe}: server time p50/p95/max,
 * issue 8 wants under 1 s). Any
 * {@code septel.scale.spring} setting (comma-separated KEY=VALUE) goes to Spring, e.g. another history level.
 */
class ScaleImportBench {

    private static final int CABLES = Integer.getInteger("septel.scale.cables", 20_000);
    private static final int WORKERS = Integer.getInteger("septel.scale.workers", 2);
    private static final String EXTRA = System.getProperty("septel.scale.spring", "");
    /** Seconds between two loads of an officer's My work first page while the import runs. */
    private static final int PROBE_SECONDS = Integer.getInteger("septel.scale.probe-seconds", 3);
    /** Several set-ups one after another in the same run, each on its own database: NAME:WORKERS:SETTINGS|... */
    private static final String VARIANTS = System.getProperty("septel.scale.variants", "");

    @Test
    void files_generated_cables_end_to_end_beside_a_jdbc_batch_insert_baseline() throws Exception {
        if (VARIANTS.isBlank()) {
            run("scale_bench", WORKERS, EXTRA);
            return;
        }
        for (String variant : VARIANTS.split("\\|")) {
            String[] parts = variant.split(":", 3);
            System.out.printf(Locale.ROOT, "=== variant %s%n", variant);
            run("scale_bench_" + parts[0].replaceAll("\\W", "_"), Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "");
        }
    }

    private void run(String database, int workers, String extra) throws Exception {
        String url = freshDatabase(database);
        List<String> settings = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.septel=WARN", "--camunda.bpm.job-execution.enabled=false",
                "--spring.profiles.active=postgres", "--camunda.bpm.process-engine-name=bench",
                "--SEPTEL_DB_URL=" + url, "--SEPTEL_DB_USER=postgres", "--SEPTEL_DB_PASSWORD=postgres",
                "--spring.autoconfigure.exclude=" + String.join(",",
                        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")));
        for (String setting : extra.split(",")) {
            if (!setting.isBlank()) {
                settings.add("--" + setting.strip());
            }
        }
        SyntheticCorpus corpus = SyntheticCorpus.fromClasspath(2026);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE).run(settings.toArray(String[]::new))) {
            CableImport cableImport = context.getBean(CableImport.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // Warm the JIT and the engine's caches on cables outside the measured set.
            cableImport.run(sources(corpus, 50_000_000, 50_000_000 + Math.min(500, CABLES / 10)), workers, line -> { }, () -> false);

            long generationStart = System.nanoTime();
            long bytes = 0;
            for (Iterator<SyntheticCorpus.Cable> it = corpus.iterator(60_000_000, 60_002_000); it.hasNext(); ) {
                bytes += it.next().bytes().length;
            }
            double generationPerSecond = 2_000 / ((System.nanoTime() - generationStart) / 1e9);

            // The officer of the desk that got most warm-up cables: their review tasks grow with the import.
            String desk = jdbc.queryForObject("select desk from cable where desk is not null group by desk"
                    + " order by count(*) desc limit 1", String.class);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            AtomicLong done = new AtomicLong();
            long start = System.nanoTime();
            ImportSummary summary;
            String pageLoads;
            try (PageLoadProbe probe = new PageLoadProbe(context.getBean(WorkItems.class), context.getBean(WorkList.class),
                    "bench-officer", desk).start(PROBE_SECONDS)) {
                summary = cableImport.run(sources(corpus, 0, CABLES), workers, line -> {
                    long n = done.incrementAndGet();
                    if (n % 10_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d cables, %.0f/s so far%n", n, n / ((System.nanoTime() - start) / 1e9));
                    }
                }, () -> false);
                pageLoads = probe.summary();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

            jdbc.execute("create table bench_baseline (id varchar(64) primary key, raw_bytes bytea not null,"
                    + " source varchar(300) not null)");
            double baselineSeconds = 0;
            for (long from = 0; from < CABLES; from += 500) {
                List<Object[]> batch = new ArrayList<>();
                for (Iterator<SyntheticCorpus.Cable> it = corpus.iterator(from, Math.min(CABLES, from + 500)); it.hasNext(); ) {
                    SyntheticCorpus.Cable cable = it.next();
                    batch.add(new Object[] {cable.id(), cable.bytes(), cable.fileName()});
                }
                long batchStart = System.nanoTime();
                jdbc.batchUpdate("insert into bench_baseline (id, raw_bytes, source) values (?, ?, ?)", batch);
                baselineSeconds += (System.nanoTime() - batchStart) / 1e9;
            }

            System.gc();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            long cases = count(jdbc, "select count(*) from act_hi_procinst");
            long candidates = count(jdbc, "select count(*) from follow_up_candidate");
            long tasks = count(jdbc, "select count(*) from act_ru_task");
            double rate = summary.filed() / seconds;
            System.out.printf(Locale.ROOT, "scale import: %,d generated cables (%,.0f bytes average), %d workers, %d cores,"
                            + " history level %s, PostgreSQL %s%n", CABLES, bytes / 2_000.0, workers,
                    Runtime.getRuntime().availableProcessors(), jdbc.queryForObject(
                            "select value_ from act_ge_property where name_ = 'historyLevel'", String.class),
                    jdbc.queryForObject("show server_version", String.class));
            System.out.printf(Locale.ROOT, "septel filing:  %,.1f cables/s end to end (%,d filed in %.0f s: %,d cases,"
                    + " %,d review tasks, %,d candidates)%n", rate, summary.filed(), seconds, cases, tasks, candidates);
            System.out.printf(Locale.ROOT, "JDBC baseline:  %,.0f rows/s (batch insert of the same ids, bytes, names)%n",
                    CABLES / baselineSeconds);
            System.out.printf(Locale.ROOT, "ratio:          %.1fx; generator alone: %,.0f cables/s (inside the timed import)%n",
                    (CABLES / baselineSeconds) / rate, generationPerSecond);
            System.out.printf(Locale.ROOT, "250,000 cables at this rate: %.0f minutes%n", 250_000 / rate / 60);
            System.out.printf(Locale.ROOT, "My work first page (desk %s, %d review tasks) during the import, every %d s: %s%n",
                    desk, count(jdbc, "select count(*) from act_ru_identitylink where group_id_ = '" + desk + "'"),
                    PROBE_SECONDS, pageLoads);
            System.out.printf(Locale.ROOT, "load average %.1f before, %.1f after the import; %s cables per transaction%n",
                    loadBefore, loadAfter, context.getEnvironment().getProperty("septel.import.cables-per-transaction", "25"));
            System.out.printf(Locale.ROOT, "heap after GC: %,d MB used of %,d MB max; database %s%n",
                    heap.getUsed() >> 20, heap.getMax() >> 20, jdbc.queryForObject(
                            "select pg_size_pretty(pg_database_size(current_database()))", String.class));
            for (Map<String, Object> row : jdbc.queryForList("select relname, pg_size_pretty(pg_total_relation_size(relid))"
                    + " as size from pg_catalog.pg_statio_user_tables order by pg_total_relation_size(relid) desc limit 8")) {
                System.out.printf(Locale.ROOT, "  %-28s %s%n", row.get("relname"), row.get("size"));
            }

            assertThat(summary.filed()).isEqualTo(CABLES);
            assertThat(summary.rejected()).isZero();
            assertThat(count(jdbc, "select count(*) from act_hi_procinst where proc_def_key_ = 'CableCaseProcess'"))
                    .isEqualTo(CABLES + Math.min(500, CABLES / 10));
        }
    }

    private static Iterable<SourceFile> sources(SyntheticCorpus corpus, long from, long to) {
        return () -> {
            Iterator<SyntheticCorpus.Cable> cables = corpus.iterator(from, to);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cables.hasNext();
                }

                @Override
                public SourceFile next() {
                    SyntheticCorpus.Cable cable = cables.next();
                    return SourceFile.readable(cable.fileName(), cable.bytes());
                }
            };
        };
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static String freshDatabase(String name) throws Exception {
        String server = EmbeddedPostgres.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(server, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return server.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }
}
