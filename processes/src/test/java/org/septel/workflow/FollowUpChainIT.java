package org.septel.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.septel.MutableClock;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.IntakeResult;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateView;
import org.septel.commitment.CommitmentActionView;
import org.septel.commitment.CommitmentEvent;
import org.septel.commitment.CommitmentStatus;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole chain on the real engine: file the seed, review it confirming five follow-ups, let the clock
 * pass Caza's briefing range, the manager extends the overdue briefing (a slip), then a later cable referencing
 * 08OTTAWA1245 reports the briefing; its owner confirms the fulfilment and the follow-up closes with that cable as
 * evidence. The reply cable (test resource cables/09OTTAWA45.txt) is made up for this test in the seed's format.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:chain;DB_CLOSE_DELAY=-1")
@RecordApplicationEvents
class FollowUpChainIT {

    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Actor OFFICER = new Actor("dana", List.of("desk-officers", "desk:WHA-CAN"), SECRET);
    private static final Actor MANAGER = new Actor("morgan", List.of("managers"), SECRET);
    private static final CableId SEED = CableId.of(SampleCables.SEED_ID);
    private static final CableId REPLY = CableId.of("09OTTAWA45");

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
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    FollowUpSignals signals;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_overdue_briefing_is_escalated_extended_and_closed_by_the_reply_cable_its_owner_confirms() throws IOException {
        intake.file("seed.txt", SampleCables.seed());
        List<CandidateView> found = candidates.forCable(SEED);
        List<CandidateView> five = List.of(
                find(found, c -> has(c.dueText(), "soonest")),
                find(found, c -> has(c.dueText(), "at a later date")),
                find(found, c -> has(c.dueText(), "first few months of 2009")),
                find(found, c -> has(c.dueText(), "near the end of 2008")),
                find(found, c -> "owed_by_us".equals(c.direction()) && has(c.dueText(), "in advance of that meeting")));
        assertThat(five).doesNotHaveDuplicates();
        five.forEach(c -> candidates.confirm(c.id(), OFFICER.reader()));
        WorkItem review = workItems.openFor(OFFICER, 0, 10).get(0);
        assertThat(review.isReview()).isTrue();
        workItems.complete(review.taskId(), OFFICER);

        assertThat(commitments.forCable(SEED)).hasSize(5).allSatisfy(c -> assertThat(c.owner()).isEqualTo("dana"));
        assertThat(workItems.countOpenFor(OFFICER)).as("one task per follow-up").isEqualTo(5);
        long briefing = commitments.forCable(SEED).stream().filter(c -> c.candidateId() == five.get(3).id())
                .findFirst().orElseThrow().id();
        assertThat(commitments.find(briefing).dueDate()).isEqualTo(LocalDate.parse("2008-12-31"));

        clock.advanceTo(Instant.parse("2009-01-02T09:00:00Z"));
        runDueTimers();

        assertThat(commitments.find(briefing).status()).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(commitments.reminderCount(briefing)).as("reminded once, 3 business days before").isEqualTo(1);
        WorkItem escalation = workItems.openFor(MANAGER, 0, 10).stream()
                .filter(item -> workItems.commitmentOf(item.taskId(), MANAGER).orElse(-1L) == briefing)
                .findFirst().orElseThrow();
        assertThat(escalation.isOverdueDecision()).isTrue();
        assertThat(escalation.cableId()).isEqualTo(SEED);

        assertThatThrownBy(() -> workItems.reassign(escalation.taskId(), OFFICER, "dana", "mine"))
                .as("an officer cannot act on the managers' task").isInstanceOf(WorkItemNotFound.class);
        workItems.extend(escalation.taskId(), MANAGER, LocalDate.parse("2009-01-31"), "the election delayed the review");

        CommitmentView extended = commitments.find(briefing);
        assertThat(extended.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(extended.dueDate()).isEqualTo(LocalDate.parse("2009-01-31"));
        assertThat(extended.originalDueDate()).isEqualTo(LocalDate.parse("2008-12-31"));
        assertThat(commitments.slips(briefing)).singleElement().satisfies(slip -> {
            assertThat(slip.oldDueDate()).isEqualTo(LocalDate.parse("2008-12-31"));
            assertThat(slip.newDueDate()).isEqualTo(LocalDate.parse("2009-01-31"));
            assertThat(slip.approvedBy()).isEqualTo("morgan");
            assertThat(slip.reason()).isEqualTo("the election delayed the review");
        });

        clock.advanceTo(Instant.parse("2009-01-16T16:00:00Z"));
        assertThat(intake.file("09OTTAWA45.txt", replyCable()).get(0)).isInstanceOf(IntakeResult.Filed.class);

        assertThat(commitments.replies(briefing)).singleElement().satisfies(match -> {
            assertThat(match.replyCableId()).isEqualTo(REPLY);
            assertThat(match.matchedBy()).isEqualTo("REFERENCE");
            assertThat(match.paragraph()).as("the paragraph reporting the briefing").isEqualTo(2);
        });
        assertThat(events.stream(CommitmentEvent.ReplyMatched.class))
                .containsExactly(new CommitmentEvent.ReplyMatched(briefing, SEED, "dana", REPLY));
        WorkItem confirm = workItems.openFor(OFFICER, 0, 20).stream().filter(WorkItem::isReplyConfirmation)
                .findFirst().orElseThrow();
        assertThat(confirm.name()).isEqualTo("Confirm fulfilment");
        assertThat(workItems.replyCableOf(confirm.taskId(), OFFICER)).contains(REPLY);
        assertThat(commitments.find(briefing).status()).as("nothing closes without a person").isEqualTo(CommitmentStatus.OPEN);

        assertThatThrownBy(() -> workItems.confirmReply(confirm.taskId(), MANAGER))
                .as("only the owner confirms").isInstanceOf(WorkItemNotFound.class);
        workItems.confirmReply(confirm.taskId(), OFFICER);

        CommitmentView closed = commitments.find(briefing);
        assertThat(closed.status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(closed.evidenceCableId()).isEqualTo(REPLY);
        assertThat(commitments.actions(briefing)).extracting(CommitmentActionView::action)
                .containsExactly("REPLY_MATCHED", "REPLY_CONFIRMED");
        assertThat(commitments.counterpartRecord("Shawn Caza")).hasValueSatisfying(record ->
                assertThat(record.late()).as("fulfilled after the date first given").isEqualTo(1));
        assertThat(workItems.openFor(OFFICER, 0, 20)).noneMatch(item ->
                workItems.commitmentOf(item.taskId(), OFFICER).orElse(-1L) == briefing);
        assertThat(cases.caseOf(SEED).orElseThrow().open()).as("four follow-ups still run").isTrue();

        // The U.S. thinking is owed "in advance of that meeting": it waited for the meeting's date, which now comes.
        long thinking = commitments.forCable(SEED).stream().filter(c -> c.candidateId() == five.get(4).id())
                .findFirst().orElseThrow().id();
        assertThat(commitments.find(thinking).status()).isEqualTo(CommitmentStatus.AWAITING_ANCHOR);
        assertThat(signals.anchorKnown(thinking, LocalDate.parse("2009-02-20"), "morgan")).isTrue();
        assertThat(commitments.find(thinking).status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(commitments.find(thinking).dueDate()).isEqualTo(LocalDate.parse("2009-02-20"));
        assertThat(workItems.openFor(OFFICER, 0, 20)).anySatisfy(item -> {
            assertThat(item.taskKey()).isEqualTo(FollowUpVariables.FULFIL_TASK_ID);
            assertThat(workItems.commitmentOf(item.taskId(), OFFICER)).contains(thinking);
        });
    }

    /** Executes every timer due by the (moved) clock, as the job executor would, until none is left. */
    private void runDueTimers() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("timers keep firing");
    }

    private static byte[] replyCable() throws IOException {
        try (InputStream in = FollowUpChainIT.class.getResourceAsStream("/cables/09OTTAWA45.txt")) {
            return in.readAllBytes();
        }
    }

    private static CandidateView find(List<CandidateView> found, Predicate<CandidateView> which) {
        return found.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("not found in " + found));
    }

    private static boolean has(String text, String part) {
        return text != null && text.contains(part);
    }
}
