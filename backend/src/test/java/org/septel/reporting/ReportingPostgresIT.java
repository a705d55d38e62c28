package org.septel.reporting;

import org.junit.jupiter.api.Test;
import org.septel.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

// Closed when the class is done, so its pool is gone before the embedded server stops with the JVM.
@DirtiesContext
@SpringBootTest
class ReportingPostgresIT extends ReportingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Test
    void the_desk_rule_is_answered_from_the_covering_index_so_its_expression_matches_the_index() {
        String plan = jdbc.execute((Connection connection) -> {
            try (Statement sql = connection.createStatement()) {
                // Only an index whose expression equals the rule's can answer it with the table scans switched off.
                sql.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = sql.executeQuery("explain select count(*) from cable c where "
                        + ReaderScope.SCOPE_DESK + " in ('" + CAN + "')")) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                sql.execute("reset enable_seqscan");
                return lines.toString();
            }
        });

        assertThat(plan).contains("cable_scope_desk_idx");
    }

    @Test
    void threads_moving_follow_ups_of_the_same_summary_rows_neither_deadlock_nor_lose_a_count() throws Exception {
        // One cable, one organisation, one due date: every follow-up starts on the same summary row.
        rows.cable("08HOT1", "Hot row", "SECRET", "", "PREL PGOV", CAN);
        for (int i = 0; i < 48; i++) {
            rows.candidate("08HOT1", "Caza", "PCO", "act " + i, day("2008-09-01"), null, "DCT", "CONFIRMED", 0.9, 1);
        }
        List<Long> ids = commitments.openConfirmed(org.septel.cable.CableId.of("08HOT1"), "dana");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                List<Long> mine = ids.subList(t * 8, t * 8 + 8);
                Random random = new Random(t);
                work.add(() -> {
                    // All threads walk the same rows in different orders: overdue, extended to one of two dates,
                    // handed between the same two owners, and some closed.
                    for (Long id : mine) {
                        commitments.markOverdue(id);
                        commitments.extend(id, day(random.nextBoolean() ? "2008-10-01" : "2008-10-02"), "waiting", "morgan");
                        commitments.reassign(id, random.nextBoolean() ? "eve" : "finn", "morgan", "leave");
                        if (random.nextInt(3) == 0) {
                            commitments.fulfil(id, "done");
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        BoardMoves.assertSummaryMatchesFollowUps(jdbc);
        assertThat(jdbc.queryForObject("select coalesce(sum(n), 0) from board_count where desk = ? and due_date >= ?",
                Long.class, CAN, LocalDate.parse("2008-10-01"))).isEqualTo(jdbc.queryForObject(
                "select count(*) from commitment where cable_id = '08HOT1' and status = 'OPEN'", Long.class));
    }

    @Test
    void two_nodes_storing_the_same_weeks_at_once_store_each_once() throws Exception {
        List<LocalDate> ends = WeekSnapshots.weekEnds(day("2008-09-22"), 12);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Void> take = () -> {
                weekSnapshots.takeMissing(ends);
                return null;
            };
            for (Future<Void> done : pool.invokeAll(List.of(take, take))) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject("select count(*) from board_week_taken", Long.class)).isEqualTo(11);
        assertThat(jdbc.queryForObject("select count(*) from (select week_end, desk, class_rank, noforn from board_week"
                + " group by week_end, desk, class_rank, noforn having count(*) > 1) d", Long.class)).isZero();
        assertThat(board.trend(chief, WorkFilter.tracked(), 12).get(10).open()).isEqualTo(5);
    }
}
