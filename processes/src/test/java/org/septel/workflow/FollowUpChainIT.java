package org.septel.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateView;
import org.septel.commitment.CommitmentStatus;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain on the real engine: file the seed, confirm Caza's briefing, complete the review, let its due date pass,
 * the manager extends it (a slip), the owner fulfils it, and the case closes.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:chain;DB_CLOSE_DELAY=-1")
class FollowUpChainIT {

    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Actor OFFICER = new Actor("dana", List.of("desk-officers", "desk:WHA-CAN"), SECRET);
    private static final Actor MANAGER = new Actor("morgan", List.of("managers"), SECRET);
    private static final CableId SEED = CableId.of(SampleCables.SEED_ID);

    @Autowired
    CableIntake intake;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    WorkItems workItems;
    @Autowired
    Cases cases;
    @Autowired
    ManagementService management;

    @Test
    void an_overdue_briefing_is_escalated_extended_with_a_slip_then_fulfilled_and_the_case_closes() {
        intake.file("seed.txt", SampleCables.seed());
        CandidateView briefing = candidates.forCable(SEED).stream()
                .filter(c -> c.dueText() != null && c.dueText().contains("near the end of 2008")).findFirst().orElseThrow();
        candidates.confirm(briefing.id(), OFFICER.reader());
        workItems.complete(workItems.openFor(OFFICER, 0, 10).get(0).taskId(), OFFICER);

        WorkItem fulfil = workItems.openFor(OFFICER, 0, 10).get(0);
        assertThat(fulfil.isFulfilment()).isTrue();
        assertThat(fulfil.cableId()).isEqualTo(SEED);
        long commitmentId = workItems.commitmentOf(fulfil.taskId(), OFFICER).orElseThrow();
        assertThat(commitments.find(commitmentId).dueDate()).isEqualTo(LocalDate.parse("2008-12-31"));

        Job reminder = management.createJobQuery().timers().activityId("BoundaryEvent_ReminderBeforeDue").singleResult();
        assertThat(reminder.getDuedate().toInstant()).as("3 business days before 31 Dec, Christmas off")
                .hasToString("2008-12-24T09:00:00Z");
        management.executeJob(reminder.getId());
        assertThat(commitments.reminderCount(commitmentId)).isEqualTo(1);
        Job overdue = management.createJobQuery().timers().activityId("BoundaryEvent_Overdue").singleResult();
        assertThat(overdue.getDuedate().toInstant()).hasToString("2009-01-01T00:00:00Z");
        management.executeJob(overdue.getId());

        assertThat(commitments.find(commitmentId).status()).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(workItems.openFor(OFFICER, 0, 10)).isEmpty();
        WorkItem decision = workItems.openFor(MANAGER, 0, 10).get(0);
        assertThat(decision.isOverdueDecision()).isTrue();

        workItems.extend(decision.taskId(), MANAGER, LocalDate.parse("2009-01-31"), "the election delayed the review");

        CommitmentView extended = commitments.find(commitmentId);
        assertThat(extended.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(extended.dueDate()).isEqualTo(LocalDate.parse("2009-01-31"));
        assertThat(commitments.slips(commitmentId)).singleElement().satisfies(slip -> {
            assertThat(slip.oldDueDate()).isEqualTo(LocalDate.parse("2008-12-31"));
            assertThat(slip.approvedBy()).isEqualTo("morgan");
        });
        assertThat(management.createJobQuery().timers().activityId("BoundaryEvent_Overdue").singleResult().getDuedate().toInstant())
                .hasToString("2009-02-01T00:00:00Z");

        workItems.fulfil(workItems.openFor(OFFICER, 0, 10).get(0).taskId(), OFFICER, "briefed on 20 January");

        assertThat(commitments.find(commitmentId).status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(cases.caseOf(SEED).orElseThrow().open()).isFalse();
    }
}
