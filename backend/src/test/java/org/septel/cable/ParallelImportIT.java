package org.septel.cable;

import org.junit.jupiter.api.Test;
import org.septel.EmbeddedPostgres;
import org.septel.SyntheticCorpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Filing with several workers on PostgreSQL: every cable once, even when two inputs carry the same cable at once. */
@DirtiesContext
@SpringBootTest
class ParallelImportIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Autowired
    CableImport cableImport;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void four_workers_file_every_cable_once_and_a_cable_given_twice_is_on_file_once() {
        SyntheticCorpus corpus = SyntheticCorpus.fromClasspath(11);
        List<SourceFile> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (long i = 0; i < 300; i++) {
            SyntheticCorpus.Cable cable = corpus.cable(i);
            ids.add(cable.id());
            sources.add(SourceFile.readable(cable.fileName(), cable.bytes()));
            if (i % 10 == 0) { // the same cable again, from another file, right behind it: two workers race for it
                sources.add(SourceFile.readable("copy-of-" + cable.fileName(), cable.bytes()));
            }
        }
        sources.add(SourceFile.unreadable("broken.zip", "not a zip file"));
        Set<String> threads = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger lines = new AtomicInteger();

        ImportSummary summary = cableImport.run(sources, 4, line -> {
            threads.add(Thread.currentThread().getName());
            lines.incrementAndGet();
        }, () -> false);

        assertThat(summary.files()).isEqualTo(sources.size());
        assertThat(summary.filed()).isEqualTo(300);
        assertThat(summary.alreadyOnFile()).isEqualTo(30);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(lines).hasValue(sources.size());
        assertThat(threads).as("filed by several workers").hasSizeGreaterThan(1);
        assertThat(jdbc.queryForList("select id from cable", String.class)).containsAll(ids);
    }

    @Test
    void a_cancelled_parallel_import_stops_reading_and_says_so() {
        SyntheticCorpus corpus = SyntheticCorpus.fromClasspath(12);
        List<SourceFile> sources = new ArrayList<>();
        for (long i = 1_000; i < 1_200; i++) {
            SyntheticCorpus.Cable cable = corpus.cable(i);
            sources.add(SourceFile.readable(cable.fileName(), cable.bytes()));
        }
        AtomicInteger seen = new AtomicInteger();

        ImportSummary summary = cableImport.run(sources, 2, line -> seen.incrementAndGet(), () -> seen.get() >= 20);

        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.files()).isLessThan(200).isGreaterThanOrEqualTo(20);
        assertThat(summary.filed()).isEqualTo(summary.files());
    }

    @Test
    void a_cable_the_database_refuses_rolls_back_its_chunk_which_is_filed_again_one_by_one_without_it() {
        SyntheticCorpus corpus = SyntheticCorpus.fromClasspath(13);
        List<SourceFile> sources = new ArrayList<>();
        for (long i = 2_000; i < 2_100; i++) {
            SyntheticCorpus.Cable cable = corpus.cable(i);
            sources.add(SourceFile.readable(cable.fileName(), cable.bytes()));
        }
        String refused = corpus.cable(2_042).id();
        Refusals.IDS.add(refused);
        try {
            ImportSummary summary = cableImport.run(sources, 2, line -> { }, () -> false);

            assertThat(summary.filed()).isEqualTo(99);
            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from cable where id = ?", Long.class, refused)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from follow_up_candidate where cable_id = ?", Long.class,
                    refused)).isZero();
            assertThat(jdbc.queryForList("select cable_id from follow_up_candidate group by cable_id, position"
                    + " having count(*) > 1", String.class)).as("candidates filed twice").isEmpty();
            for (long i = 2_000; i < 2_100; i++) {
                String id = corpus.cable(i).id();
                assertThat(jdbc.queryForObject("select count(*) from cable where id = ?", Long.class, id))
                        .as(id).isEqualTo(id.equals(refused) ? 0 : 1);
            }
        } finally {
            Refusals.IDS.remove(refused);
        }
    }

    /** Stands in for a value PostgreSQL refuses (SQLSTATE 22001, too long) in one cable's filing transaction. */
    @TestConfiguration
    static class Refusals {
        static final Set<String> IDS = ConcurrentHashMap.newKeySet();

        @Bean
        RefusingListener refusingListener() {
            return new RefusingListener();
        }
    }

    static class RefusingListener {
        @EventListener
        void on(CableRegistered registered) {
            if (Refusals.IDS.contains(registered.cableId().value())) {
                throw new DataIntegrityViolationException("refused", new java.sql.SQLDataException(
                        "value too long for type character varying(2000)", "22001"));
            }
        }
    }
}
