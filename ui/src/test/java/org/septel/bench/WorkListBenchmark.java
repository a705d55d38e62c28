package org.septel.bench;

import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.reporting.OverdueBoard;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkSort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Server time of My work's first page (count + 50 rows, what the grid asks for) and of the overdue board (tallies,
 * trend, slippage, ledger) over N seeded follow-ups, beside hand-written SQL for the same page and counts in the
 * same run. Seeds with JDBC batch inserts: N follow-ups on N/4 cables, 10 desks, 200 owners, 50 organisations,
 * 70% closed, due dates spread over a year around today. Not part of the test run:
 * {@code mvn -B -ntp -q -pl ui exec:java -Dbench.main=org.septel.bench.WorkListBenchmark -Dexec.args="100000 postgres"}.
 */
public final class WorkListBenchmark {

    private static final int DESKS = 10;
    private static final int OWNERS = 200;
    private static final int ORGS = 50;
    private static final int RUNS = Integer.getInteger("bench.runs", 60);
    private static final String[] TAGS = {"PREL PGOV", "ECON ETRD", "MARR PREL", "SENV", "PTER PINR", "KDEM PHUM"};
    private static final String[] CLASSIFICATIONS = {"UNCLASSIFIED", "CONFIDENTIAL", "SECRET"};

    private WorkListBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String database = args.length > 1 ? args[1] : "h2";
        try (ConfigurableApplicationContext context = BenchContext.start(database)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            long seedStart = System.nanoTime();
            seed(jdbc, count, today);
            jdbc.execute(database.equals("postgres") ? "analyze" : "analyze");
            System.out.printf(Locale.ROOT, "database %s: seeded %,d follow-ups on %,d cables in %.1f s%n", database, count,
                    count / 4, (System.nanoTime() - seedStart) / 1e9);
            run(context, jdbc, today);
        }
    }

    private static void run(ConfigurableApplicationContext context, JdbcTemplate jdbc, LocalDate today) {
        WorkList workList = context.getBean(WorkList.class);
        OverdueBoard board = context.getBean(OverdueBoard.class);
        Clearance full = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);

        IntConsumer myWork = i -> {
            String owner = "officer" + (i % OWNERS);
            Reader reader = new Reader(owner, full, Set.of(desk(i % OWNERS)), false);
            workList.count(reader, WorkFilter.myWork(owner));
            workList.page(reader, WorkFilter.myWork(owner), WorkSort.DUE_FIRST, 0, 50);
        };
        IntConsumer myWorkSql = i -> {
            String owner = "officer" + (i % OWNERS);
            String desk = desk(i % OWNERS);
            jdbc.queryForObject("select count(*) from commitment m join cable c on c.id = m.cable_id where m.owner = ?"
                    + " and m.status in ('AWAITING_ANCHOR', 'OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED') and (c.desk is null or c.desk = ?)", Long.class, owner, desk);
            jdbc.queryForList("select m.id, m.cable_id, m.actor, f.actor_org, m.action, m.due_date, m.follow_up_date,"
                    + " m.status, c.classification from commitment m join follow_up_candidate f on f.id = m.candidate_id"
                    + " join cable c on c.id = m.cable_id where m.owner = ? and m.status in ('AWAITING_ANCHOR', 'OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED')"
                    + " and (c.desk is null or c.desk = ?) order by m.due_date nulls last, m.id limit 50", owner, desk);
        };
        IntConsumer boardFull = i -> {
            Reader manager = new Reader("manager" + i, full, Set.of(desk(i)), false);
            board.tallies(manager, WorkFilter.tracked());
            board.trend(manager, WorkFilter.tracked(), OverdueBoard.TREND_WEEKS);
            board.slippage(manager, WorkFilter.tracked(), 10);
        };
        IntConsumer trend = i -> board.trend(new Reader("manager" + i, full, Set.of(desk(i)), false), WorkFilter.tracked(),
                OverdueBoard.TREND_WEEKS);
        IntConsumer ledger = i -> board.ledger(new Reader("manager" + i, full, Set.of(desk(i)), false), WorkFilter.tracked(), 100);
        IntConsumer tallies = i -> board.tallies(new Reader("manager" + i, full, Set.of(desk(i)), false), WorkFilter.tracked());
        IntConsumer boardSql = i -> jdbc.queryForList("select c.desk, m.owner, count(*) from commitment m join cable c"
                + " on c.id = m.cable_id where m.status in ('AWAITING_ANCHOR', 'OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED') and m.due_date < ? and c.desk = ?"
                + " group by c.desk, m.owner", Date.valueOf(today), desk(i));

        report("My work, first page (count + 50 rows)", myWork);
        report("  hand-written SQL, same page", myWorkSql);
        report("Overdue board page (tallies, trend, slippage)", boardFull);
        report("  of which the tallies", tallies);
        report("  of which the trend", trend);
        report("  hand-written SQL, overdue by owner for one desk", boardSql);
        report("Counterpart ledger page (own page, all promises ever)", ledger);
    }

    private static String desk(int i) {
        return "desk:D" + (i % DESKS);
    }

    private static void report(String what, IntConsumer query) {
        for (int i = 0; i < 10; i++) {
            query.accept(i + 1000);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-62s p50 %7.2f ms   p95 %7.2f ms%n", what, nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6);
    }

    private static void seed(JdbcTemplate jdbc, int count, LocalDate today) {
        int cables = Math.max(1, count / 4);
        Timestamp received = Timestamp.from(Instant.parse("2008-01-01T00:00:00Z"));
        batches(cables, (from, to) -> {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String id = "09BENCH" + i;
                rows.add(new Object[] {id, "BENCH SUBJECT " + i, CLASSIFICATIONS[i % 3], i % 17 == 0 ? "NOFORN" : "",
                        TAGS[i % TAGS.length], desk(i % OWNERS), id.getBytes(StandardCharsets.UTF_8), "sha" + i, received});
            }
            jdbc.batchUpdate("insert into cable (id, subject, classification, caveats, tags, desk, raw_bytes, charset,"
                    + " sha256, received_at) values (?, ?, ?, ?, ?, ?, ?, 'UTF-8', ?, ?)", rows);
        });
        Instant now = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        batches(count, (from, to) -> {
            List<Object[]> candidates = new ArrayList<>();
            List<Object[]> commitments = new ArrayList<>();
            for (int i = from; i < to; i++) {
                long id = 10_000_000L + i;
                // cable i/4 sits on desk (i/4) % 10; its owner is one of that desk's officers.
                int cable = i / 4;
                int owner = (cable % OWNERS) + OWNERS * 0;
                LocalDate due = i % 11 == 0 ? null : today.plusDays((i * 7919L) % 365 - 200);
                boolean closed = i % 10 < 7;
                Instant created = now.minus((i * 31L) % 400, ChronoUnit.DAYS);
                Instant closedAt = closed ? created.plus(5 + (i % 60), ChronoUnit.DAYS) : null;
                if (closedAt != null && closedAt.isAfter(now)) {
                    closedAt = now.minus(1, ChronoUnit.DAYS);
                }
                String status = closed ? (i % 13 == 0 ? "WITHDRAWN" : "FULFILLED")
                        : due != null && due.isBefore(today) ? "OVERDUE" : "OPEN";
                String org = "Org" + (i % ORGS);
                candidates.add(new Object[] {id, "09BENCH" + cable, i % 4, "Person" + (i % 500), org,
                        "report back on item " + i, due == null ? null : Date.valueOf(due)});
                commitments.add(new Object[] {id, "09BENCH" + cable, id, "Person" + (i % 500), "report back on item " + i,
                        due == null ? null : Date.valueOf(due), "officer" + owner, status, Timestamp.from(created),
                        closedAt == null ? null : Timestamp.from(closedAt)});
            }
            jdbc.batchUpdate("insert into follow_up_candidate (id, cable_id, position, paragraph, kind, actor, actor_org,"
                    + " direction, action, anchor, vague, due_date, evidence_start, evidence_end, evidence_text, confidence,"
                    + " review_state) values (?, ?, ?, 1, 'promise', ?, ?, 'owed_to_us', ?, 'DCT', false, ?, 0, 10,"
                    + " 'evidence', 0.8, 'CONFIRMED')", candidates);
            jdbc.batchUpdate("insert into commitment (id, cable_id, candidate_id, kind, actor, action, direction, due_date,"
                    + " owner, status, created_at, closed_at) values (?, ?, ?, 'promise', ?, ?, 'owed_to_us', ?, ?, ?, ?, ?)",
                    commitments);
        });
        batches(count / 50, (from, to) -> {
            List<Object[]> slips = new ArrayList<>();
            for (int i = from; i < to; i++) {
                long commitment = 10_000_000L + i * 50L;
                for (int s = 0; s < 1 + i % 3; s++) {
                    slips.add(new Object[] {20_000_000L + i * 3L + s, commitment, Date.valueOf(today.minusDays(60 - s * 10)),
                            Date.valueOf(today.minusDays(50 - s * 10)), Timestamp.from(now)});
                }
            }
            jdbc.batchUpdate("insert into commitment_slip (id, commitment_id, old_due_date, new_due_date, reason,"
                    + " approved_by, slipped_at) values (?, ?, ?, ?, 'waiting', 'manager', ?)", slips);
        });
    }

    private interface Batch {
        void insert(int from, int to);
    }

    private static void batches(int count, Batch batch) {
        for (int from = 0; from < count; from += 5000) {
            batch.insert(from, Math.min(count, from + 5000));
        }
    }
}
