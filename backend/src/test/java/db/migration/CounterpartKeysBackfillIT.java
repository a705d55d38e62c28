package db.migration;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.septel.EmbeddedPostgres;
import org.septel.commitment.CounterpartKeys;
import org.septel.commitment.CounterpartSamples;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-ups on file before V77 get the counterpart keys the entity would have given them, on H2 and on
 * PostgreSQL: a fresh database migrated to V76, rows written as the schema then stood, then V77. More rows than
 * one batch of the migration, so its paging is crossed.
 */
class CounterpartKeysBackfillIT {

    private static final int ROWS = V77__commitment_counterpart_keys_backfill.BATCH * 2 + 345;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void rows_filed_before_v77_get_the_keys_the_matcher_reads(String database) {
        DriverManagerDataSource dataSource = freshDatabase(database);
        migrateTo(dataSource, "76");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        writeRowsAsBeforeV77(jdbc);

        migrateTo(dataSource, "77");

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor, actor_org, counterpart_surname, counterpart_org from commitment");
        assertThat(rows).hasSize(ROWS).allSatisfy(row -> {
            assertThat(row.get("counterpart_surname")).isEqualTo(CounterpartKeys.surname((String) row.get("actor")));
            assertThat(row.get("counterpart_org")).isEqualTo(CounterpartKeys.organisation((String) row.get("actor_org")));
        });
        assertThat(rows).filteredOn(row -> row.get("counterpart_surname") != null).hasSizeGreaterThan(ROWS / 2);
        assertThat(rows).filteredOn(row -> row.get("counterpart_org") != null).hasSizeGreaterThan(ROWS / 4);
    }

    private static void migrateTo(DriverManagerDataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
    }

    private static DriverManagerDataSource freshDatabase(String database) {
        if (database.equals("h2")) {
            return new DriverManagerDataSource("jdbc:h2:mem:v77-backfill;DB_CLOSE_DELAY=-1", "sa", "");
        }
        // its own database on the shared embedded server: other tests use "postgres"
        String server = EmbeddedPostgres.jdbcUrl();
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(server, "postgres", "postgres"));
        admin.execute("drop database if exists septel_v77_backfill");
        admin.execute("create database septel_v77_backfill");
        return new DriverManagerDataSource(server.replaceFirst("/postgres(\\?|$)", "/septel_v77_backfill$1"),
                "postgres", "postgres");
    }

    private static void writeRowsAsBeforeV77(JdbcTemplate jdbc) {
        jdbc.update("insert into cable (id, subject, classification, desk, raw_bytes, charset, sha256, received_at)"
                + " values ('99BACKFILL1', 'backfill', 'UNCLASSIFIED', 'desk:WHA-CAN', ?, 'UTF-8', 'sha', ?)",
                "cable".getBytes(StandardCharsets.UTF_8), Timestamp.from(Instant.parse("2008-01-01T00:00:00Z")));
        Random random = new Random(77);
        List<Object[]> candidates = new ArrayList<>();
        List<Object[]> commitments = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String actor = CounterpartSamples.actor(random);
            String org = CounterpartSamples.org(random);
            candidates.add(new Object[] {i + 1, i, actor, org});
            commitments.add(new Object[] {i + 1, i + 1, actor, org, i % 3 == 0 ? "FULFILLED" : "OPEN"});
        }
        jdbc.batchUpdate("insert into follow_up_candidate (id, cable_id, position, paragraph, kind, actor, actor_org,"
                + " direction, action, anchor, vague, evidence_start, evidence_end, evidence_text, confidence,"
                + " review_state) values (?, '99BACKFILL1', ?, 1, 'promise', ?, ?, 'owed_to_us', 'brief', 'DCT', false,"
                + " 0, 10, 'evidence', 0.9, 'CONFIRMED')", candidates);
        jdbc.batchUpdate("insert into commitment (id, cable_id, candidate_id, kind, actor, actor_org, action, direction,"
                + " owner, status, created_at) values (?, '99BACKFILL1', ?, 'promise', ?, ?, 'brief emboffs',"
                + " 'owed_to_us', 'dana', ?, current_timestamp)", commitments);
    }
}
