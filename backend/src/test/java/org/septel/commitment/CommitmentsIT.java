package org.septel.commitment;

import org.junit.jupiter.api.Test;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:commitments;DB_CLOSE_DELAY=-1")
class CommitmentsIT {

    private static final CableId SEED = CableId.of(SampleCables.SEED_ID);

    @Autowired
    CableIntake intake;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;

    @Test
    void confirmed_candidates_open_commitments_once_and_slips_are_kept() {
        intake.file("seed.txt", SampleCables.seed());
        Reader dana = Reader.anyDesk("dana", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
        List<CandidateView> found = candidates.forCable(SEED);
        candidates.confirm(found.get(0).id(), dana);
        candidates.confirm(found.get(2).id(), dana);
        candidates.reject(found.get(1).id(), dana, "not ours");

        List<Long> opened = commitments.openConfirmed(SEED, "dana");
        List<Long> again = commitments.openConfirmed(SEED, "dana");

        assertThat(opened).hasSize(2);
        assertThat(again).isEmpty();
        long id = opened.get(0);
        assertThat(commitments.remind(id, ReminderKind.BEFORE_DUE)).isTrue();
        assertThat(commitments.remind(id, ReminderKind.BEFORE_DUE)).as("a timer firing twice").isFalse();
        assertThat(commitments.reminderCount(id)).isEqualTo(1);
        assertThat(commitments.markOverdue(id)).isTrue();
        assertThat(commitments.markOverdue(id)).isFalse();
        commitments.extend(id, LocalDate.parse("2009-06-30"), "caretaker government", "morgan");
        assertThat(commitments.find(id).status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(commitments.slips(id)).singleElement().satisfies(slip -> {
            assertThat(slip.newDueDate()).isEqualTo(LocalDate.parse("2009-06-30"));
            assertThat(slip.approvedBy()).isEqualTo("morgan");
        });
        assertThat(commitments.fulfil(id, "report received").status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(commitments.withdraw(opened.get(1), "overtaken by events").status()).isEqualTo(CommitmentStatus.WITHDRAWN);
        assertThat(commitments.forCable(SEED)).extracting(CommitmentView::status)
                .containsExactly(CommitmentStatus.FULFILLED, CommitmentStatus.WITHDRAWN);
    }
}
