package org.septel.bench;

import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.reporting.BoardReadModel;
import org.septel.reporting.OverdueBoard;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkSort;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItems;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Server time of My work's first page (its tasks grid and its follow-ups grid, each count + 50 rows, what the
 * grids ask for; the tasks come from the read model of ADR 26, seeded with one task per open follow-up and N/5
 * review tasks offered to one desk group) and of the overdue board (tallies,
 * trend, slippage) over N seeded follow-ups ({@link WorkListSeed}), beside hand-written SQL for the same page and
 * counts in the same run. The board's read model is built from the seeded rows ({@code BoardReadModel.rebuild}, as
 * for an existing database) and the trend's past weeks are stored on the first call, both timed. Not part of the
 * test run; see README, Benchmarks (e.g. {@code 1000000 postgres}).
 */
public final class WorkListBenchmark {

    private static final int OWNERS = WorkListSeed.OWNERS;
    private static final int RUNS = Integer.getInteger("bench.runs", 60);
    /** Review tasks offered to every officer's desk group: 200,000 at 1M follow-ups, a bulk import's backlog. */
    private static final java.util.function.IntUnaryOperator REVIEWS = count -> count / 5;

    private WorkListBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String database = args.length > 1 ? args[1] : "h2";
        try (ConfigurableApplicationContext context = BenchContext.start(database)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            long seedStart = System.nanoTime();
            WorkListSeed seed = new WorkListSeed(jdbc, database.equals("postgres"));
            seed.seed(count, today);
            seed.seedTasks(count, REVIEWS.applyAsInt(count), today);
            // What autovacuum does in production after a bulk load: statistics and the visibility map.
            jdbc.execute(database.equals("postgres") ? "vacuum analyze" : "analyze");
            System.out.printf(Locale.ROOT, "database %s: seeded %,d follow-ups on %,d cables, %,d open tasks (%,d review"
                    + " tasks offered to one desk group) in %.1f s%n", database, count, count / 4,
                    jdbc.queryForObject("select count(*) from work_item", Long.class), REVIEWS.applyAsInt(count),
                    (System.nanoTime() - seedStart) / 1e9);
            long rebuildStart = System.nanoTime();
            context.getBean(BoardReadModel.class).rebuild();
            jdbc.execute(database.equals("postgres") ? "vacuum analyze" : "analyze");
            System.out.printf(Locale.ROOT, "board read model built in %.1f s: %,d open follow-ups on %,d summary rows,"
                    + " %,d tag rows%n", (System.nanoTime() - rebuildStart) / 1e9,
                    jdbc.queryForObject("select count(*) from board_entry", Long.class),
                    jdbc.queryForObject("select count(*) from board_count", Long.class),
                    jdbc.queryForObject("select count(*) from board_tag_count", Long.class));
            Reader chief = Reader.anyDesk("chief", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
            long snapshotStart = System.nanoTime();
            context.getBean(OverdueBoard.class).trend(chief, WorkFilter.tracked(), OverdueBoard.TREND_WEEKS);
            System.out.printf(Locale.ROOT, "first trend: %d past weeks reconstructed and stored in %.1f s%n",
                    OverdueBoard.TREND_WEEKS - 1, (System.nanoTime() - snapshotStart) / 1e9);
            if (Boolean.getBoolean("bench.explain") && database.equals("postgres")) {
                WorkListPlans.print(jdbc, "officer7", WorkListSeed.desk(7), Reader.UNROUTED);
            }
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
            // What WorkGrid does for its first screen: the count and the page's keys in one statement, then its rows.
            workList.firstPage(reader, WorkFilter.myWork(owner), WorkSort.DUE_FIRST, 50);
        };
        IntConsumer myWorkApart = i -> {
            String owner = "officer" + (i % OWNERS);
            Reader reader = new Reader(owner, full, Set.of(desk(i % OWNERS)), false);
            workList.count(reader, WorkFilter.myWork(owner));
            workList.page(reader, WorkFilter.myWork(owner), WorkSort.DUE_FIRST, 0, 50);
        };
        IntConsumer myWorkWholeSql = i -> {
            String owner = "officer" + (i % OWNERS);
            String desk = desk(i % OWNERS);
            String scope = " and (c.desk is null or c.desk = 'desk-officers' or c.desk = ?)";
            String mine = " from commitment m join cable c on c.id = m.cable_id where m.owner = ?"
                    + " and m.status in ('AWAITING_ANCHOR', 'OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED')" + scope;
            String unreviewed = " from follow_up_candidate f join cable c on c.id = f.cable_id"
                    + " where f.review_state = 'PROPOSED'" + scope;
            jdbc.queryForObject("select (select count(*)" + mine + ") + (select count(*)" + unreviewed + ")", Long.class,
                    owner, desk, desk);
            jdbc.queryForList("select p.*, f.actor_org, f.confidence from (select m.id, m.candidate_id, m.cable_id,"
                    + " m.actor, m.action, m.due_date, m.status, c.classification" + mine + " union all select null,"
                    + " f.id, f.cable_id, f.actor, f.action, f.due_date, 'UNREVIEWED', c.classification" + unreviewed
                    + " order by due_date nulls last, candidate_id limit 50) p join follow_up_candidate f"
                    + " on f.id = p.candidate_id order by p.due_date nulls last, p.candidate_id", owner, desk, desk);
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

        WorkItems workItems = context.getBean(WorkItems.class);
        IntConsumer tasks = i -> {
            Actor officer = officer(i, full);
            workItems.countOpenFor(officer);
            workItems.openFor(officer, 0, 50);
        };
        IntConsumer tasksSql = i -> {
            Object[] parties = {"user:officer" + (i % OWNERS), "group:" + WorkListSeed.REVIEW_GROUP, "group:" + desk(i % OWNERS)};
            jdbc.queryForObject("select count(*) from work_item_party where party in (?, ?, ?)", Long.class, parties);
            jdbc.queryForList("select w.* from work_item_party p join work_item w on w.task_id = p.task_id"
                    + " where p.party in (?, ?, ?) order by p.sort_due, p.created_at, p.task_id limit 50", parties);
        };

        report("My work, whole first page (tasks grid + follow-ups grid)", myWork.andThen(tasks));
        report("  tasks grid: WorkItems.countOpenFor + openFor(0, 50)", tasks);
        report("    of which countOpenFor", i -> workItems.countOpenFor(officer(i, full)));
        report("    of which openFor(0, 50) (rows, subjects by clearance)", i -> workItems.openFor(officer(i, full), 0, 50));
        report("  hand-written SQL, same tasks page (one query, party in)", tasksSql);
        report("  follow-ups grid: WorkList.firstPage (count + 50 keys, then the rows)", myWork);
        report("    the same read apart: WorkList.count + page(0, 50)", myWorkApart);
        report("  hand-written SQL, same follow-ups page (count + union page)", myWorkWholeSql);
        report("  hand-written SQL, own follow-ups only (no unreviewed)", myWorkSql);
        report("Overdue board page (tallies, trend, slippage)", boardFull);
        report("  of which the tallies", tallies);
        report("  of which the trend", trend);
        report("  of which the slippage", i -> board.slippage(new Reader("manager" + i, full, Set.of(desk(i)), false),
                WorkFilter.tracked(), 10));
        report("  hand-written SQL, overdue by owner for one desk", boardSql);
        report("Counterpart ledger page (own page, all promises ever)", ledger);
    }

    /** An officer as the tasks grid sees them: their desk's groups, the shared desk group the reviews go to. */
    private static Actor officer(int i, Clearance clearance) {
        return new Actor("officer" + (i % OWNERS), List.of(WorkListSeed.REVIEW_GROUP, desk(i % OWNERS)), clearance);
    }

    private static String desk(int i) {
        return WorkListSeed.desk(i);
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
}
