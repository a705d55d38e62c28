package org.septel.bench;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringReader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the work-list benchmark's rows straight into the tables: COPY on PostgreSQL, JDBC batches on H2. N
 * follow-ups on N/4 cables, 10 desks, 200 owners (20 a desk), 50 organisations, 70% closed, due dates spread over a
 * year around today, one in 50 slipped; plus N/50 unreviewed candidates.
 */
final class WorkListSeed {

    static final int DESKS = 10;
    static final int OWNERS = 200;
    static final int ORGS = 50;
    private static final String[] TAGS = {"PREL PGOV", "ECON ETRD", "MARR PREL", "SENV", "PTER PINR", "KDEM PHUM"};
    private static final String[] CLASSIFICATIONS = {"UNCLASSIFIED", "CONFIDENTIAL", "SECRET"};
    private static final int CHUNK = 20_000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    WorkListSeed(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    static String desk(int i) {
        return "desk:D" + (i % DESKS);
    }

    void seed(int count, LocalDate today) {
        int cables = Math.max(1, count / 4);
        Instant received = Instant.parse("2008-01-01T00:00:00Z");
        chunks(cables, (from, to) -> {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String id = "09BENCH" + i;
                rows.add(new Object[] {id, "BENCH SUBJECT " + i, CLASSIFICATIONS[i % 3], i % 17 == 0 ? "NOFORN" : "",
                        TAGS[i % TAGS.length], desk(i % OWNERS), id.getBytes(), "UTF-8", "sha" + i, received});
            }
            insert("cable", "id, subject, classification, caveats, tags, desk, raw_bytes, charset, sha256, received_at", rows);
        });
        Instant now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        chunks(count, (from, to) -> {
            List<Object[]> candidates = new ArrayList<>();
            List<Object[]> commitments = new ArrayList<>();
            for (int i = from; i < to; i++) {
                long id = 10_000_000L + i;
                // cable i/4 sits on desk (i/4) % 10; its owner is one of that desk's officers.
                int cable = i / 4;
                LocalDate due = i % 11 == 0 ? null : today.plusDays((i * 7919L) % 365 - 200);
                boolean closed = i % 10 < 7;
                Instant created = now.minus((i * 31L) % 400, ChronoUnit.DAYS);
                Instant closedAt = closed ? created.plus(5 + (i % 60), ChronoUnit.DAYS) : null;
                if (closedAt != null && closedAt.isAfter(now)) {
                    closedAt = now.minus(1, ChronoUnit.DAYS);
                }
                String status = closed ? (i % 13 == 0 ? "WITHDRAWN" : "FULFILLED")
                        : due != null && due.isBefore(today) ? "OVERDUE" : "OPEN";
                candidates.add(candidate(id, cable, i, due, "CONFIRMED"));
                commitments.add(new Object[] {id, "09BENCH" + cable, id, "promise", "Person" + (i % 500),
                        "report back on item " + i, "owed_to_us", "DCT", due, "officer" + (cable % OWNERS), status, created,
                        closedAt});
            }
            insert("follow_up_candidate", CANDIDATE_COLUMNS, candidates);
            insert("commitment", "id, cable_id, candidate_id, kind, actor, action, direction, anchor, due_date, owner,"
                    + " status, created_at, closed_at", commitments);
        });
        chunks(count / 50, (from, to) -> {
            List<Object[]> unreviewed = new ArrayList<>();
            List<Object[]> slips = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int cable = (i * 37) % cables;
                unreviewed.add(candidate(30_000_000L + i, cable, i, today.plusDays(i % 90 - 30), "PROPOSED"));
                long commitment = 10_000_000L + i * 50L;
                for (int s = 0; s < 1 + i % 3; s++) {
                    slips.add(new Object[] {20_000_000L + i * 3L + s, commitment, today.minusDays(60 - s * 10),
                            today.minusDays(50 - s * 10), "waiting", "manager", now.minus(50 - s * 10, ChronoUnit.DAYS)});
                }
            }
            insert("follow_up_candidate", CANDIDATE_COLUMNS, unreviewed);
            insert("commitment_slip", "id, commitment_id, old_due_date, new_due_date, reason, approved_by, slipped_at", slips);
        });
    }

    /** The desk group every benchmark officer is in, to which the review tasks are offered. */
    static final String REVIEW_GROUP = "desk-officers";

    /**
     * The open tasks of "My work" in its read model (ADR 26), as the engine's task listener writes them: one fulfil
     * task per open follow-up seeded by {@link #seed}, given to its owner, and {@code reviews} review tasks offered
     * to {@link #REVIEW_GROUP} (a bulk import's backlog). The engine's own tables are not seeded.
     */
    void seedTasks(int count, int reviews, LocalDate today) {
        Instant now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Timestamp noDue = Timestamp.valueOf("9999-12-31 00:00:00");
        chunks(count, (from, to) -> {
            List<Object[]> items = new ArrayList<>();
            List<Object[]> parties = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (i % 10 < 7) {
                    continue;
                }
                int cable = i / 4;
                LocalDate due = i % 11 == 0 ? null : today.plusDays((i * 7919L) % 365 - 200);
                Instant dueAt = due == null ? null : due.atTime(23, 59).toInstant(ZoneOffset.UTC);
                Instant created = now.minus((i * 31L) % 400, ChronoUnit.DAYS).plusMillis(i % 1000);
                String owner = "officer" + (cable % OWNERS);
                String task = "fu-" + i;
                Timestamp dueTs = dueAt == null ? null : Timestamp.from(dueAt);
                items.add(new Object[] {task, "Task_FulfilFollowUp", "Fulfil follow-up", "pi-" + i, "09BENCH" + cable,
                        dueTs, Timestamp.from(created), owner, false});
                parties.add(new Object[] {"user:" + owner, dueTs == null ? noDue : dueTs, Timestamp.from(created), task, false});
            }
            insertTasks(items, parties);
        });
        chunks(reviews, (from, to) -> {
            List<Object[]> items = new ArrayList<>();
            List<Object[]> parties = new ArrayList<>();
            for (int i = from; i < to; i++) {
                // Not cable 0: "09BENCH0" is not a canonical cable id, and the grid parses the case's business key.
                int cable = 1 + i % Math.max(1, count / 4 - 1);
                // A bulk import: many tasks created in the same second, due two business days later.
                Instant created = now.minus(10, ChronoUnit.DAYS).plusSeconds(i / 500);
                Instant dueAt = created.plus(2, ChronoUnit.DAYS);
                String task = "rv-" + i;
                items.add(new Object[] {task, "Task_ReviewFollowUps", "Review follow-ups", "case-" + i, "09BENCH" + cable,
                        Timestamp.from(dueAt), Timestamp.from(created), null, true});
                parties.add(new Object[] {"group:" + REVIEW_GROUP, Timestamp.from(dueAt), Timestamp.from(created), task, false});
            }
            insertTasks(items, parties);
        });
    }

    private void insertTasks(List<Object[]> items, List<Object[]> parties) {
        insert("work_item", "task_id, task_key, name, process_instance_id, cable_id, due_at, created_at, assignee, offered",
                items);
        insert("work_item_party", "party, sort_due, created_at, task_id, shared", parties);
    }

    private static final String CANDIDATE_COLUMNS = "id, cable_id, position, paragraph, kind, actor, actor_org, direction,"
            + " action, anchor, vague, due_date, evidence_start, evidence_end, evidence_text, confidence, review_state";

    private static Object[] candidate(long id, int cable, int i, LocalDate due, String state) {
        return new Object[] {id, "09BENCH" + cable, i % 4 + (state.equals("PROPOSED") ? 4 : 0), 1, "promise",
                "Person" + (i % 500), "Org" + (i % ORGS), "owed_to_us", "report back on item " + i, "DCT", false, due, 0,
                10, "evidence", 0.8, state};
    }

    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            copy(table, columns, rows);
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?"));
        List<Object[]> jdbcRows = rows.stream().map(WorkListSeed::jdbcValues).toList();
        jdbc.batchUpdate("insert into " + table + " (" + columns + ") values (" + marks + ")", jdbcRows);
    }

    private void copy(String table, String columns, List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 120);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                csv.append(i == 0 ? "" : ",").append(csvValue(row[i]));
            }
            csv.append('\n');
        }
        jdbc.execute((java.sql.Connection connection) -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy " + table + " (" + columns + ") from stdin with (format csv)", new StringReader(csv.toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return value.toString();
    }

    private static Object[] jdbcValues(Object[] row) {
        Object[] values = row.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate day) {
                values[i] = Date.valueOf(day);
            } else if (values[i] instanceof Instant instant) {
                values[i] = Timestamp.from(instant);
            }
        }
        return values;
    }

    private interface Chunk {
        void insert(int from, int to);
    }

    private static void chunks(int count, Chunk chunk) {
        for (int from = 0; from < count; from += CHUNK) {
            chunk.insert(from, Math.min(count, from + CHUNK));
        }
    }
}
