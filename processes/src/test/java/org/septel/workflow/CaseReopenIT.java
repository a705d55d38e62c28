package org.septel.workflow;

import org.junit.jupiter.api.Test;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateDraft;
import org.septel.commitment.CommitmentStatus;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0011: a follow-up added by hand after the review reopens the cable's case, which closes again with it. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reopen;DB_CLOSE_DELAY=-1")
class CaseReopenIT {

    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Actor OFFICER = new Actor("dana", List.of("desk-officers", "desk:WHA-CAN"), SECRET);
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

    @Test
    void a_follow_up_added_after_the_case_closed_reopens_it_and_it_closes_again_when_that_follow_up_does() {
        intake.file("seed.txt", SampleCables.seed());
        workItems.complete(workItems.openFor(OFFICER, 0, 10).get(0).taskId(), OFFICER);
        assertThat(cases.caseOf(SEED).orElseThrow().open()).as("nothing confirmed: closed at once").isFalse();

        candidates.add(SEED, new CandidateDraft("promise", "Shawn Caza", "DFAIT", "Embassy Ottawa", "owed_to_us",
                "share the Cabinet paper once approved", LocalDate.parse("2009-05-29"), null, null, 3,
                "plan to present a broad non-proliferation strategy to Cabinet"), OFFICER.reader());

        assertThat(cases.caseOf(SEED).orElseThrow().open()).isTrue();
        assertThat(cases.reopenings(SEED)).isEqualTo(1);
        WorkItem fulfil = workItems.openFor(OFFICER, 0, 10).get(0);
        assertThat(fulfil.isFulfilment()).isTrue();
        assertThat(fulfil.cableId()).isEqualTo(SEED);
        long id = workItems.commitmentOf(fulfil.taskId(), OFFICER).orElseThrow();
        assertThat(commitments.find(id).owner()).as("the person who added it").isEqualTo("dana");

        workItems.fulfil(fulfil.taskId(), OFFICER, "paper received", false, null);

        assertThat(commitments.find(id).status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(cases.caseOf(SEED).orElseThrow().open()).isFalse();
    }
}
