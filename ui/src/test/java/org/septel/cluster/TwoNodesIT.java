package org.septel.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Septel nodes on one PostgreSQL database, both with their job executors on: the reminder timers and then the
 * overdue timers of many follow-ups fall due at once, while job locks are forced to expire every 100 ms, and one
 * node (its own JVM) is SIGKILLed half-way through the escalations. Every reminder must be recorded and queued as a
 * mail once, every escalation task must exist once, no incident, and the remaining node finishes the work.
 * CI runs it with 150 follow-ups (300 timers); {@link TwoNodesBench} runs 10,000 timers.
 */
class TwoNodesIT {

    private static final int FOLLOW_UPS = Integer.getInteger("septel.nodes.followups", 150);

    @TempDir
    Path dir;

    @Test
    void timers_fire_once_across_two_nodes_with_expiring_locks_and_one_node_finishes_alone_after_the_other_is_killed()
            throws Exception {
        ClusterTrial.Outcome outcome = ClusterTrial.twoNodes(dir, FOLLOW_UPS);
        System.out.println(outcome.line());

        assertThat(outcome.locksBroken()).as("locks were taken from running jobs").isPositive();
        assertThat(outcome.nodeKilled()).as("node B was killed mid-run").isTrue();
        assertThat(outcome.reminders()).isEqualTo(FOLLOW_UPS);
        assertThat(outcome.reminderMails()).isEqualTo(FOLLOW_UPS);
        assertThat(outcome.remindedTwice()).isZero();
        assertThat(outcome.escalations()).isEqualTo(FOLLOW_UPS);
        assertThat(outcome.overdueMails()).isEqualTo(FOLLOW_UPS);
        assertThat(outcome.escalatedTwice()).isZero();
        assertThat(outcome.overdue()).isEqualTo(FOLLOW_UPS);
        assertThat(outcome.incidents()).isZero();
        assertThat(outcome.duplicates()).isZero();
        assertThat(outcome.losses()).isZero();
    }
}
