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

    /** "Canadian officials would appreciate U.S. thinking ... in advance of that meeting": no date until it is set. */
    static CandidateView confirmedRequestBeforeTheMeeting() {
        return new CandidateView(8, CableId.of("08OTTAWA1245"), 5, "request", "Canadian officials", "Canada", "U.S.",
                "owed_by_us", "share U.S. thinking on ways to increase pressure on Iran", "in advance of that meeting",
                null, null, "EVENT", false, null, null, 300, 400, "would appreciate U.S. thinking", 0.8,
                "would appreciate", null, ReviewState.CONFIRMED, null, null);
    }

    static Commitment anchoredCommitment() {
        return new Commitment(confirmedRequestBeforeTheMeeting(), "dana", NOW);
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
