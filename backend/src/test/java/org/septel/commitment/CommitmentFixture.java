package org.septel.commitment;

import org.septel.cable.CableId;

import java.time.Instant;
import java.time.LocalDate;

/** Commitments in the states the tests need. */
final class CommitmentFixture {

    static final Instant NOW = Instant.parse("2008-09-22T09:00:00Z");
    static final LocalDate DUE = LocalDate.parse("2008-12-31");

    private CommitmentFixture() {
    }

    static CandidateView confirmedBriefing() {
        return new CandidateView(7, CableId.of("08OTTAWA1245"), 5, "promise", "Shawn Caza", "DFAIT", null,
                "owed_to_us", "brief emboffs on likely improvements", "near the end of 2008",
                LocalDate.parse("2008-11-15"), DUE, "EVENT", false, DUE, null, 100, 200, "Caza promised to brief",
                0.9, "promised to", null, ReviewState.CONFIRMED, null, null);
    }

    static Commitment openCommitment() {
        return new Commitment(confirmedBriefing(), "dana", NOW);
    }

    static Commitment overdueCommitment() {
        Commitment commitment = openCommitment();
        commitment.markOverdue();
        return commitment;
    }
}
