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
}
