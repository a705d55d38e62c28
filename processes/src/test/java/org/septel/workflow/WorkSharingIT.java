package org.septel.workflow;

import org.junit.jupiter.api.Test;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateView;
import org.septel.commitment.CommitmentActionView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Claiming desk work and handing follow-ups over, on the real engine: who may claim and give back, a race between
 * two claims, the new owner's desk and clearance checked on every reassignment, and an owner moving their own date.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sharing;DB_CLOSE_DELAY=-1")
class WorkSharingIT {

    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Actor ANNA = officer("anna");
    private static final Actor BEN = officer("ben");
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
    StaffDirectory staff;

    @Test
    void desk_work_is_claimed_by_one_officer_refused_to_a_second_and_given_back() throws Exception {
        enrolStaff();
        intake.file("09OTTAWA45.txt", replyCable());
        WorkItem review = on(ANNA, REPLY).get(0);
        assertThat(review.isReview()).isTrue();
        assertThat(review.claimable()).isTrue();

        List<String> outcomes = raceToClaim(review.taskId());
        assertThat(outcomes).as("exactly one of two simultaneous claims wins").containsOnlyOnce("claimed")
                .anyMatch(outcome -> outcome.startsWith("already taken by "));
        Actor holder = on(ANNA, REPLY).isEmpty() ? BEN : ANNA;
        Actor other = holder == ANNA ? BEN : ANNA;
        assertThat(on(other, REPLY)).as("a claimed task leaves the others' lists").isEmpty();
        assertThat(on(holder, REPLY)).singleElement()
                .satisfies(item -> assertThat(item.unclaimableBy(holder.username())).isTrue());
        assertThatThrownBy(() -> workItems.unclaim(review.taskId(), other)).isInstanceOf(WorkItemNotFound.class);

        workItems.unclaim(review.taskId(), holder);

        assertThat(on(other, REPLY)).singleElement().satisfies(item -> assertThat(item.claimable()).isTrue());
        workItems.claim(review.taskId(), ANNA);
        assertThatThrownBy(() -> workItems.claim(review.taskId(), BEN)).isInstanceOf(WorkRefused.class)
                .hasMessage("already taken by anna");
        assertThatThrownBy(() -> workItems.unclaim(review.taskId(), BEN)).isInstanceOf(WorkItemNotFound.class);
    }

    @Test
    void a_follow_up_goes_only_to_an_officer_of_the_desk_cleared_for_the_cable_and_its_owner_may_move_the_date() {
        enrolStaff();
        intake.file("seed.txt", SampleCables.seed());
        CandidateView briefing = candidates.forCable(SEED).stream()
                .filter(c -> c.dueText() != null && c.dueText().contains("near the end of 2008")).findFirst().orElseThrow();
        candidates.confirm(briefing.id(), ANNA.reader());
        workItems.complete(on(ANNA, SEED).get(0).taskId(), ANNA);
        WorkItem fulfil = on(ANNA, SEED).get(0);
        assertThat(fulfil.taskKey()).isEqualTo(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(fulfil.claimable()).as("given to its owner, not offered").isFalse();
        long id = workItems.commitmentOf(fulfil.taskId(), ANNA).orElseThrow();

        assertThatThrownBy(() -> workItems.reassign(fulfil.taskId(), ANNA, "nobody", "leave"))
                .isInstanceOf(WorkRefused.class).hasMessage("there is no officer nobody");
        assertThatThrownBy(() -> workItems.reassign(fulfil.taskId(), ANNA, "eve", "leave"))
                .isInstanceOf(WorkRefused.class).hasMessage("cannot give it to eve: eve does not work on desk WHA-CAN");
        assertThatThrownBy(() -> workItems.reassign(fulfil.taskId(), ANNA, "carl", "leave"))
                .isInstanceOf(WorkRefused.class)
                .hasMessage("cannot give it to carl: carl is not cleared to read it (marked S)");
        assertThatThrownBy(() -> workItems.reassign(fulfil.taskId(), ANNA, "anna", "leave"))
                .isInstanceOf(WorkRefused.class).hasMessage("it is already anna's");
        assertThatThrownBy(() -> workItems.claim(fulfil.taskId(), ANNA)).isInstanceOf(WorkRefused.class);

        workItems.reassign(fulfil.taskId(), ANNA, "ben", "anna is on leave");

        assertThat(commitments.find(id).owner()).isEqualTo("ben");
        assertThat(commitments.actions(id)).extracting(CommitmentActionView::detail)
                .containsExactly("from anna to ben: anna is on leave");
        assertThat(on(ANNA, SEED)).isEmpty();
        WorkItem bens = on(BEN, SEED).get(0);
        assertThat(bens.taskId()).isEqualTo(fulfil.taskId());

        workItems.extend(bens.taskId(), BEN, LocalDate.parse("2009-01-31"), "the election moved the briefing");

        assertThat(commitments.find(id).dueDate()).isEqualTo(LocalDate.parse("2009-01-31"));
        assertThat(commitments.slips(id)).singleElement().satisfies(slip -> {
            assertThat(slip.approvedBy()).isEqualTo("ben");
            assertThat(slip.reason()).isEqualTo("the election moved the briefing");
        });
        assertThat(on(BEN, SEED)).singleElement().satisfies(item -> {
            assertThat(item.taskKey()).isEqualTo(FollowUpVariables.FULFIL_TASK_ID);
            assertThat(item.due()).as("the task follows the new date").isEqualTo("2009-01-31T23:59:00Z");
        });
    }

    /** The actor's open tasks on one cable (the two tests share the engine and may run in either order). */
    private List<WorkItem> on(Actor actor, CableId cable) {
        return workItems.openFor(actor, 0, 50).stream().filter(item -> cable.equals(item.cableId())).toList();
    }

    private static byte[] replyCable() throws IOException {
        try (InputStream in = WorkSharingIT.class.getResourceAsStream("/cables/09OTTAWA45.txt")) {
            return in.readAllBytes();
        }
    }

    private List<String> raceToClaim(String taskId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> claims = new ArrayList<>();
            for (Actor actor : List.of(ANNA, BEN)) {
                claims.add(pool.submit(() -> {
                    start.await();
                    try {
                        workItems.claim(taskId, actor);
                        outcomes.add("claimed");
                    } catch (WorkRefused | WorkItemNotFound refused) {
                        outcomes.add(refused.getMessage());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> claim : claims) {
                claim.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private void enrolStaff() {
        if (staff.exists("anna")) {
            return;
        }
        enrol("anna", "WHA-CAN", SECRET);
        enrol("ben", "WHA-CAN", SECRET);
        enrol("carl", "WHA-CAN", Clearance.of(Classification.CONFIDENTIAL));
        enrol("eve", "EUR-FR", SECRET);
    }

    private void enrol(String username, String desk, Clearance clearance) {
        staff.enrol(new StaffMember(username, username, Role.DESK_OFFICER, desk, clearance), "password-123");
    }

    private static Actor officer(String username) {
        return new Actor(username, List.of("desk-officers", "desk:WHA-CAN"), SECRET);
    }
}
