package org.septel.commitment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.septel.commitment.CommitmentFixture.DUE;
import static org.septel.commitment.CommitmentFixture.NOW;

class CommitmentTest {

    @Test
    void a_confirmed_candidate_opens_with_its_due_date_and_owner() {
        CommitmentView view = CommitmentFixture.openCommitment().view();

        assertThat(view.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(view.dueDate()).isEqualTo(DUE);
        assertThat(view.owner()).isEqualTo("dana");
    }

    @Test
    void only_a_confirmed_candidate_becomes_a_commitment() {
        CandidateView proposed = CommitmentFixture.confirmedBriefing();
        CandidateView notConfirmed = new CandidateView(proposed.id(), proposed.cableId(), proposed.paragraph(),
                proposed.kind(), proposed.actor(), proposed.actorOrg(), proposed.toWhom(), proposed.direction(),
                proposed.action(), proposed.dueText(), proposed.earliest(), proposed.latest(), proposed.anchor(),
                proposed.vague(), proposed.dueDate(), proposed.followUpDate(), proposed.evidenceStart(),
                proposed.evidenceEnd(), proposed.evidenceText(), proposed.confidence(), proposed.cue(),
                proposed.statusInText(), ReviewState.PROPOSED, null, null);

        assertThatThrownBy(() -> new Commitment(notConfirmed, "dana", NOW)).hasMessageContaining("is PROPOSED");
    }

    @Test
    void commitment_becomes_overdue_once_even_when_the_timer_fires_twice() {
        Commitment commitment = CommitmentFixture.openCommitment();

        assertThat(commitment.markOverdue()).isTrue();
        assertThat(commitment.markOverdue()).isFalse();
        assertThat(commitment.view().status()).isEqualTo(CommitmentStatus.OVERDUE);
    }

    @Test
    void extending_an_overdue_commitment_records_a_slip_and_reopens_it() {
        Commitment commitment = CommitmentFixture.overdueCommitment();

        Slip slip = commitment.extend(LocalDate.parse("2009-01-31"), "election delayed the briefing", "morgan", NOW);

        assertThat(commitment.view().status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(commitment.view().dueDate()).isEqualTo(LocalDate.parse("2009-01-31"));
        assertThat(slip.view()).isEqualTo(new SlipView(DUE, LocalDate.parse("2009-01-31"),
                "election delayed the briefing", "morgan", NOW));
    }

    @Test
    void an_extension_needs_a_later_date_and_a_reason() {
        Commitment commitment = CommitmentFixture.overdueCommitment();

        assertThatThrownBy(() -> commitment.extend(DUE, "same day", "morgan", NOW)).hasMessageContaining("must come after");
        assertThatThrownBy(() -> commitment.extend(DUE.plusDays(5), " ", "morgan", NOW)).hasMessageContaining("say why");
    }

    @Test
    void a_closed_commitment_refuses_every_further_move_and_says_its_state() {
        Commitment fulfilled = CommitmentFixture.openCommitment();
        fulfilled.fulfil("Caza briefed emboffs on 10 December", NOW);
        Commitment withdrawn = CommitmentFixture.overdueCommitment();
        withdrawn.withdraw("overtaken by events", NOW);

        assertThat(fulfilled.view().status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThatThrownBy(() -> fulfilled.extend(DUE.plusDays(1), "late", "morgan", NOW)).hasMessageContaining("FULFILLED");
        assertThatThrownBy(() -> fulfilled.markOverdue()).hasMessageContaining("it is FULFILLED");
        assertThatThrownBy(() -> withdrawn.fulfil("done", NOW)).hasMessageContaining("already WITHDRAWN");
        assertThatThrownBy(() -> CommitmentFixture.openCommitment().withdraw("", NOW)).hasMessageContaining("say why");
    }

    @Test
    void an_item_anchored_to_an_event_waits_for_its_date_then_runs_as_a_dated_one() {
        Commitment anchored = CommitmentFixture.anchoredCommitment();

        assertThat(anchored.view().status()).isEqualTo(CommitmentStatus.AWAITING_ANCHOR);
        assertThatThrownBy(anchored::markOverdue).hasMessageContaining("it is AWAITING_ANCHOR");
        assertThatThrownBy(() -> anchored.extend(DUE, "x", "morgan", NOW)).hasMessageContaining("set its anchor date");
        anchored.setAnchorDate(LocalDate.parse("2009-02-15"));

        assertThat(anchored.view().status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(anchored.view().dueDate()).isEqualTo(LocalDate.parse("2009-02-15"));
        assertThat(anchored.view().originalDueDate()).isEqualTo(LocalDate.parse("2009-02-15"));
        assertThatThrownBy(() -> anchored.setAnchorDate(DUE)).hasMessageContaining("it is OPEN");
    }

    @Test
    void a_reminder_makes_it_due_soon_once_and_the_due_date_passing_makes_it_overdue() {
        Commitment commitment = CommitmentFixture.openCommitment();

        assertThat(commitment.remindedBeforeDue()).isTrue();
        assertThat(commitment.remindedBeforeDue()).isFalse();
        assertThat(commitment.view().status()).isEqualTo(CommitmentStatus.DUE_SOON);
        assertThat(commitment.markOverdue()).isTrue();
        assertThat(commitment.view().status()).isEqualTo(CommitmentStatus.OVERDUE);
    }

    @Test
    void a_manager_escalates_an_overdue_item_by_asking_to_chase_or_reassigning_it() {
        Commitment chased = CommitmentFixture.overdueCommitment();
        chased.askToChase();
        Commitment reassigned = CommitmentFixture.overdueCommitment();

        assertThat(reassigned.reassign("lee")).isEqualTo("dana");

        assertThat(chased.view().status()).isEqualTo(CommitmentStatus.ESCALATED);
        assertThat(chased.markOverdue()).as("the timer firing again").isFalse();
        assertThat(reassigned.view().status()).isEqualTo(CommitmentStatus.ESCALATED);
        assertThat(reassigned.view().owner()).isEqualTo("lee");
        assertThatThrownBy(() -> CommitmentFixture.openCommitment().askToChase()).hasMessageContaining("it is OPEN");
        assertThatThrownBy(() -> reassigned.reassign("lee")).hasMessageContaining("already lee's");
        chased.extend(DUE.plusDays(30), "new government", "morgan", NOW);
        assertThat(chased.view().status()).isEqualTo(CommitmentStatus.OPEN);
    }

    @Test
    void partly_fulfilled_needs_a_note_or_a_cable_and_is_final() {
        Commitment commitment = CommitmentFixture.overdueCommitment();

        assertThatThrownBy(() -> commitment.partlyFulfil(" ", null, NOW)).hasMessageContaining("what is missing");
        commitment.partlyFulfil(null, org.septel.cable.CableId.of("09OTTAWA45"), NOW);

        assertThat(commitment.view().status()).isEqualTo(CommitmentStatus.PARTLY_FULFILLED);
        assertThat(commitment.view().evidenceCableId()).hasToString("09OTTAWA45");
        assertThatThrownBy(() -> commitment.reassign("lee")).hasMessageContaining("it is PARTLY_FULFILLED");
        assertThatThrownBy(() -> commitment.withdraw("moot", NOW)).hasMessageContaining("already PARTLY_FULFILLED");
    }
}
