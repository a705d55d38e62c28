package org.septel.cluster;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.septel.ChildJvm;
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
import org.septel.notification.NoticeKind;
import org.septel.notification.NoticePreferences;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItems;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The reminder and overdue timers of many follow-ups fall due at once on Septel nodes sharing one PostgreSQL
 * database. With two nodes, node A runs in this JVM and node B in its own JVM; job locks are forced to expire every
 * 100 ms (so both nodes pick up the same jobs), and node B is SIGKILLed half-way through the escalations, so node A
 * must finish its work. With one node (the baseline) nothing is disturbed. Shared by {@link TwoNodesIT} (CI) and
 * {@link TwoNodesBench}.
 */
final class ClusterTrial {

    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Actor OFFICER = new Actor("dana", List.of("desk-officers", "desk:WHA-CAN"), SECRET);
    private static final Instant BEFORE = Instant.parse("2008-09-22T09:00:00Z");
    /** The seed's briefing is due "near the end of 2008": reminder timer 24 Dec 2008, overdue timer 1 Jan 2009. */
    private static final Instant AFTER_REMINDERS = Instant.parse("2008-12-26T12:00:00Z");
    private static final Instant AFTER_DUE_DATES = Instant.parse("2009-01-02T12:00:00Z");
    private static final long LOCK_MILLIS = 1_000;

    /** What one trial counted; duplicates and losses must be 0. */
    record Outcome(boolean twoNodes, int followUps, double setupSeconds, double seconds, long locksBroken,
                   boolean nodeKilled, long reminders, long remindedTwice, long reminderMails, long escalations,
                   long escalatedTwice, long overdueMails, long overdue, long incidents) {

        long timers() {
            return 2L * followUps;
        }

        long duplicates() {
            return remindedTwice + escalatedTwice + Math.max(0, reminders - followUps) + Math.max(0, escalations - followUps)
                    + Math.max(0, reminderMails - followUps) + Math.max(0, overdueMails - followUps);
        }

        long losses() {
            return Math.max(0, followUps - reminders) + Math.max(0, followUps - escalations)
                    + Math.max(0, followUps - reminderMails) + Math.max(0, followUps - overdueMails)
                    + Math.max(0, followUps - overdue);
        }

        String line() {
            return String.format(Locale.ROOT, "%s: follow-ups=%d timers=%d duplicates=%d losses=%d incidents=%d"
                    + " timers/s=%.0f time=%.1fs (set-up %.0fs; locks force-expired %d times; node killed: %s;"
                    + " reminders %d, mails %d; escalation tasks %d, overdue mails %d, overdue %d)",
                    twoNodes ? "two nodes" : "one node", followUps, timers(), duplicates(), losses(), incidents,
                    timers() / seconds, seconds, setupSeconds, locksBroken, nodeKilled ? "yes" : "no", reminders,
                    reminderMails, escalations, overdueMails, overdue);
        }
    }

    private ClusterTrial() {
    }

    /** One node, nothing disturbed: the baseline for timers per second. */
    static Outcome oneNode(int followUps) throws Exception {
        String url = freshDatabase("one_node");
        moveClockTo(BEFORE, null);
        try (ConfigurableApplicationContext node = SeptelNode.start("solo", url, LOCK_MILLIS)) {
            moveClockTo(BEFORE, null); // the node aligned the engine's clock as it started
            double setup = createFollowUps(node, followUps);
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            long start = System.nanoTime();
            fireTimers(jdbc, node, null, followUps, () -> { });
            return count(jdbc, false, followUps, setup, (System.nanoTime() - start) / 1e9, 0, false);
        } finally {
            ClockUtil.reset();
        }
    }

    /** Node A here, node B in its own JVM; locks force-expired all along; node B SIGKILLed mid-escalations. */
    static Outcome twoNodes(Path dir, int followUps) throws Exception {
        String url = freshDatabase("two_nodes");
        Path clockFile = dir.resolve("clock");
        moveClockTo(BEFORE, clockFile);
        ConfigurableApplicationContext nodeA = null;
        Process nodeB = null;
        ScheduledExecutorService lockBreaker = Executors.newSingleThreadScheduledExecutor();
        try {
            nodeA = SeptelNode.start("nodeA", url, LOCK_MILLIS); // first, alone: it creates the schema
            moveClockTo(BEFORE, clockFile);
            Path log = dir.resolve("nodeB.log");
            nodeB = ChildJvm.start(log, "768m", Map.of(), NodeMain.class.getName(),
                    List.of("nodeB", url, String.valueOf(LOCK_MILLIS), clockFile.toString()));
            double setup = createFollowUps(nodeA, followUps); // while node B starts
            awaitReady(nodeB, log);

            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
            AtomicLong locksBroken = new AtomicLong();
            AtomicLong lockBreakerMisses = new AtomicLong();
            lockBreaker.scheduleWithFixedDelay(() -> {
                try {
                    locksBroken.addAndGet(jdbc.update(
                            "update act_ru_job set lock_exp_time_ = ? where lock_owner_ is not null",
                            Timestamp.from(ClockUtil.getCurrentTime().toInstant().minusSeconds(1))));
                } catch (RuntimeException e) {
                    // A deadlock with a node's acquisition or a busy pool: try again next time. An escaped exception
                    // would end the schedule silently, and the killed node's locks would never expire on the
                    // test's frozen clock.
                    lockBreakerMisses.incrementAndGet();
                }
            }, 100, 100, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            Process killed = nodeB;
            fireTimers(jdbc, nodeA, clockFile, followUps, () -> {
                killed.destroyForcibly(); // SIGKILL: no shutdown, its transactions and job locks are left as they were
                waitFor(killed);
            });
            boolean wasKilled = !nodeB.isAlive();
            return count(jdbc, true, followUps, setup, (System.nanoTime() - start) / 1e9, locksBroken.get(), wasKilled);
        } finally {
            lockBreaker.shutdownNow();
            if (nodeB != null) {
                nodeB.destroyForcibly();
            }
            if (nodeA != null) {
                nodeA.close();
            }
            ClockUtil.reset();
        }
    }

    /** Reminders first, then the due dates; {@code midway} runs when half the escalation tasks exist. */
    private static void fireTimers(JdbcTemplate jdbc, ConfigurableApplicationContext node, Path clockFile,
                                   int followUps, Runnable midway) throws Exception {
        Duration timeout = Duration.ofMinutes(10 + followUps / 100);
        moveClockTo(AFTER_REMINDERS, clockFile);
        await(() -> count(jdbc, "select count(*) from commitment_reminder"), followUps, timeout);
        await(() -> dueJobs(node), 0, timeout);
        moveClockTo(AFTER_DUE_DATES, clockFile);
        await(() -> count(jdbc, "select count(*) from act_ru_task where task_def_key_ = 'Task_HandleOverdue'"),
                followUps / 2, timeout);
        midway.run();
        await(() -> dueJobs(node), 0, timeout);
        await(() -> count(jdbc, "select count(*) from act_ru_task where task_def_key_ = 'Task_HandleOverdue'"),
                followUps, Duration.ofMinutes(1));
    }

    private static Outcome count(JdbcTemplate jdbc, boolean twoNodes, int followUps, double setup, double seconds,
                                 long locksBroken, boolean killed) {
        return new Outcome(twoNodes, followUps, setup, seconds, locksBroken, killed,
                count(jdbc, "select count(*) from commitment_reminder where kind = 'BEFORE_DUE'"),
                count(jdbc, "select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ ="
                        + " 'ServiceTask_RemindBeforeDue' group by proc_inst_id_ having count(*) > 1) twice"),
                count(jdbc, "select count(*) from mail_outbox where kind = 'REMINDER'"),
                count(jdbc, "select count(*) from act_ru_task where task_def_key_ = 'Task_HandleOverdue'"),
                count(jdbc, "select count(*) from (select proc_inst_id_ from act_ru_task where task_def_key_ ="
                        + " 'Task_HandleOverdue' group by proc_inst_id_ having count(*) > 1) twice"),
                count(jdbc, "select count(*) from mail_outbox where kind = 'OVERDUE'"),
                count(jdbc, "select count(*) from commitment where status = 'OVERDUE'"),
                count(jdbc, "select count(*) from act_ru_incident"));
    }

    /**
     * Enrols the owner (with a mail address, so reminders and overdue notices are queued as mails), then files seed
     * variants on two threads, confirms each one's dated briefing and completes its review: one follow-up each.
     * Returns the seconds it took.
     */
    private static double createFollowUps(ConfigurableApplicationContext node, int count) throws Exception {
        long start = System.nanoTime();
        node.getBean(StaffDirectory.class).enrol(new StaffMember("dana", "Dana", Role.DESK_OFFICER, "WHA-CAN", SECRET),
                "dana-password-1");
        node.getBean(NoticePreferences.class).change("dana", "dana@example.org",
                Set.of(NoticeKind.REMINDER, NoticeKind.OVERDUE));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(threads.submit(() -> createFollowUp(node, index)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
        long made = count(node.getBean(JdbcTemplate.class), "select count(*) from commitment");
        if (made != count) {
            throw new IllegalStateException(made + " follow-ups made instead of " + count);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void createFollowUp(ConfigurableApplicationContext node, int i) {
        String seed = new String(SampleCables.seed(), StandardCharsets.UTF_8);
        int serial = 300_000 + i;
        // Each variant gets its own counterpart: clones naming the same person and action would be matched as
        // replies to each other (by text) and leave their timers for the owner's "Confirm fulfilment".
        byte[] variant = seed.replace("OTTAWA 001245", "OTTAWA " + serial).replace("#1245", "#" + serial)
                .replace("Caza", "Caza" + suffix(i)).getBytes(StandardCharsets.UTF_8);
        IntakeResult filed = node.getBean(CableIntake.class).file("node-test-" + serial, variant).get(0);
        CableId id = filed.cableId();
        FollowUpCandidates candidates = node.getBean(FollowUpCandidates.class);
        CandidateView briefing = candidates.forCable(id).stream()
                .filter(c -> c.dueText() != null && c.dueText().contains("near the end of 2008")).findFirst()
                .orElseThrow();
        candidates.confirm(briefing.id(), OFFICER.reader());
        TaskService tasks = node.getBean(TaskService.class);
        node.getBean(WorkItems.class).complete(
                tasks.createTaskQuery().processInstanceBusinessKey(id.value()).singleResult().getId(), OFFICER);
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

    private static void awaitReady(Process node, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("node B stopped; log " + log + ":\n" + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).contains(NodeMain.READY)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("node B did not start in 5 minutes; log " + log);
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long dueJobs(ConfigurableApplicationContext node) {
        return node.getBean(ManagementService.class).createJobQuery().executable().count();
    }

    /** Moves Septel's clock and the engine's in this JVM, and node B's through its clock file. */
    private static void moveClockTo(Instant instant, Path clockFile) throws Exception {
        SeptelNode.CLOCK.set(instant);
        ClockUtil.setCurrentTime(Date.from(instant));
        if (clockFile != null) {
            Path next = clockFile.resolveSibling("clock.next");
            Files.writeString(next, instant.toString());
            Files.move(next, clockFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
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
