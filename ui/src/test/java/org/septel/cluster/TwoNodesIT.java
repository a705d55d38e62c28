package org.septel.cluster;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.septel.EmbeddedPostgres;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.IntakeResult;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateView;
import org.septel.commitment.FollowUpCandidates;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItems;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Septel nodes on one PostgreSQL database, both with their job executors on: the reminder timers and then the
 * overdue timers of many follow-ups fall due at once, while job locks are forced to expire every 100 ms (so both
 * nodes pick up the same jobs), and one node is stopped half-way through the escalations. Every reminder must be
 * recorded once, every escalation task must exist once, and the remaining node must finish the work.
 * CI runs it with 150 follow-ups (300 timers); {@code -Dseptel.nodes.followups=5000} gives the benchmark's 10,000.
 */
class TwoNodesIT {

    private static final int FOLLOW_UPS = Integer.getInteger("septel.nodes.followups", 150);
    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Actor OFFICER = new Actor("dana", List.of("desk-officers", "desk:WHA-CAN"), SECRET);
    /** The seed's briefing is due "near the end of 2008": reminder timer 24 Dec 2008, overdue timer 1 Jan 2009. */
    private static final Instant AFTER_REMINDERS = Instant.parse("2008-12-26T12:00:00Z");
    private static final Instant AFTER_DUE_DATES = Instant.parse("2009-01-02T12:00:00Z");

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private final ScheduledExecutorService lockBreaker = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        lockBreaker.shutdownNow();
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        ClockUtil.reset();
    }

    @Test
    void timers_fire_once_across_two_nodes_with_expiring_locks_and_one_node_finishes_alone() throws Exception {
        String url = freshDatabase("two_nodes");
        moveClockTo(Instant.parse("2008-09-22T09:00:00Z"));
        nodeA = SeptelNode.start("nodeA", url, 1_000);
        nodeB = SeptelNode.start("nodeB", url, 1_000);
        moveClockTo(Instant.parse("2008-09-22T09:00:00Z")); // each node aligned the engine's clock as it started
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);

        long setupStart = System.nanoTime();
        createFollowUps(nodeA, FOLLOW_UPS);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        assertThat(count(jdbc, "select count(*) from commitment")).isEqualTo(FOLLOW_UPS);

        AtomicLong locksBroken = new AtomicLong();
        lockBreaker.scheduleWithFixedDelay(() -> locksBroken.addAndGet(jdbc.update(
                "update act_ru_job set lock_exp_time_ = ? where lock_owner_ is not null",
                java.sql.Timestamp.from(ClockUtil.getCurrentTime().toInstant().minusSeconds(1)))),
                100, 100, TimeUnit.MILLISECONDS);

        long start = System.nanoTime();
        moveClockTo(AFTER_REMINDERS);
        await(() -> count(jdbc, "select count(*) from commitment_reminder"), FOLLOW_UPS, Duration.ofMinutes(20));
        await(() -> dueJobs(nodeA), 0, Duration.ofMinutes(5));

        moveClockTo(AFTER_DUE_DATES);
        await(() -> count(jdbc, "select count(*) from act_ru_task where task_def_key_ = 'Task_HandleOverdue'"),
                FOLLOW_UPS / 2, Duration.ofMinutes(20));
        nodeB.close(); // half-way through the escalations, one node goes away
        nodeB = null;
        await(() -> dueJobs(nodeA), 0, Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - start) / 1e9;

        long reminders = count(jdbc, "select count(*) from commitment_reminder where kind = 'BEFORE_DUE'");
        long remindedTwice = count(jdbc, "select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ ="
                + " 'ServiceTask_RemindBeforeDue' group by proc_inst_id_ having count(*) > 1) twice");
        long escalations = count(jdbc, "select count(*) from act_ru_task where task_def_key_ = 'Task_HandleOverdue'");
        long escalatedTwice = count(jdbc, "select count(*) from (select proc_inst_id_ from act_ru_task where task_def_key_ ="
                + " 'Task_HandleOverdue' group by proc_inst_id_ having count(*) > 1) twice");
        long overdue = count(jdbc, "select count(*) from commitment where status = 'OVERDUE'");
        long incidents = count(jdbc, "select count(*) from act_ru_incident");
        long reminderRuns = count(jdbc, "select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_RemindBeforeDue'");
        System.out.printf(Locale.ROOT, "two nodes: %d follow-ups (%d timers) set up in %.0f s; timers done in %.1f s"
                        + " (%.0f timers/s); locks force-expired %d times; reminders %d (%d duplicated, %d lost);"
                        + " escalation tasks %d (%d duplicated, %d lost); overdue %d; incidents %d; reminder task runs in history %d%n",
                FOLLOW_UPS, 2L * FOLLOW_UPS, setupSeconds, seconds, 2 * FOLLOW_UPS / seconds, locksBroken.get(),
                reminders, remindedTwice, FOLLOW_UPS - reminders, escalations, escalatedTwice,
                FOLLOW_UPS - escalations, overdue, incidents, reminderRuns);

        assertThat(locksBroken.get()).as("locks were taken from running jobs").isPositive();
        assertThat(reminders).isEqualTo(FOLLOW_UPS);
        assertThat(remindedTwice).isZero();
        assertThat(escalations).isEqualTo(FOLLOW_UPS);
        assertThat(escalatedTwice).isZero();
        assertThat(overdue).isEqualTo(FOLLOW_UPS);
        assertThat(incidents).isZero();
    }

    /** Files seed variants, confirms each one's dated briefing and completes its review: one follow-up each. */
    private static void createFollowUps(ConfigurableApplicationContext node, int count) {
        CableIntake intake = node.getBean(CableIntake.class);
        FollowUpCandidates candidates = node.getBean(FollowUpCandidates.class);
        WorkItems workItems = node.getBean(WorkItems.class);
        TaskService tasks = node.getBean(TaskService.class);
        String seed = new String(SampleCables.seed(), StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            int serial = 300_000 + i;
            // Each variant gets its own counterpart: clones naming the same person and action would be matched as
            // replies to each other (by text) and leave their timers for the owner's "Confirm fulfilment".
            byte[] variant = seed.replace("OTTAWA 001245", "OTTAWA " + serial).replace("#1245", "#" + serial)
                    .replace("Caza", "Caza" + suffix(i)).getBytes(StandardCharsets.UTF_8);
            IntakeResult filed = intake.file("node-test-" + serial, variant).get(0);
            CableId id = filed.cableId();
            CandidateView briefing = candidates.forCable(id).stream()
                    .filter(c -> c.dueText() != null && c.dueText().contains("near the end of 2008")).findFirst()
                    .orElseThrow();
            candidates.confirm(briefing.id(), OFFICER.reader());
            workItems.complete(tasks.createTaskQuery().processInstanceBusinessKey(id.value()).singleResult().getId(),
                    OFFICER);
        }
    }

    /** a, b, ..., z, ba, bb, ...: a different lower-case tail for each variant's surname. */
    private static String suffix(int i) {
        StringBuilder letters = new StringBuilder();
        do {
            letters.insert(0, (char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return letters.toString();
    }

    private static long dueJobs(ConfigurableApplicationContext node) {
        return node.getBean(ManagementService.class).createJobQuery().executable().count();
    }

    /** Moves Septel's clock and the engine's with it (the engine reads its own static clock). */
    private static void moveClockTo(Instant instant) {
        SeptelNode.CLOCK.set(instant);
        ClockUtil.setCurrentTime(java.util.Date.from(instant));
    }

    private static void await(LongSupplier value, long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (target == 0 ? value.getAsLong() == 0 : value.getAsLong() >= target) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached " + target + " within " + timeout + "; now " + value.getAsLong());
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static String freshDatabase(String name) throws SQLException {
        String server = EmbeddedPostgres.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(server, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return server.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }
}
