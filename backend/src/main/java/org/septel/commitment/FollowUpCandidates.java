package org.septel.commitment;

import org.septel.cable.CableId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

/** The follow-ups found in each cable, and the review decisions on them. */
@Service
@Transactional(readOnly = true)
public class FollowUpCandidates {

    public static final int REASON_MAX_LENGTH = 1000;

    private final FollowUpCandidateRepository candidates;
    private final CandidateDecisionRepository decisions;
    private final Clock clock;

    FollowUpCandidates(FollowUpCandidateRepository candidates, CandidateDecisionRepository decisions, Clock clock) {
        this.candidates = candidates;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The cable's candidates in the order they occur in its text. */
    public List<CandidateView> forCable(CableId cableId) {
        return candidates.findByCableIdOrderByPosition(cableId.value()).stream().map(FollowUpCandidate::view).toList();
    }

    @Transactional
    public CandidateView confirm(long candidateId, String reviewer) {
        FollowUpCandidate candidate = load(candidateId);
        candidate.confirm();
        decisions.save(new CandidateDecision(candidateId, ReviewState.CONFIRMED, reviewer, clock.instant(), null));
        return candidate.view();
    }

    @Transactional
    public CandidateView reject(long candidateId, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the candidate is rejected");
        }
        if (reason.length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("a reason has at most " + REASON_MAX_LENGTH + " characters");
        }
        FollowUpCandidate candidate = load(candidateId);
        candidate.reject();
        decisions.save(new CandidateDecision(candidateId, ReviewState.REJECTED, reviewer, clock.instant(), reason.strip()));
        return candidate.view();
    }

    public long decisionCount(long candidateId) {
        return decisions.countByCandidateId(candidateId);
    }

    private FollowUpCandidate load(long candidateId) {
        return candidates.findById(candidateId)
                .orElseThrow(() -> new NoSuchElementException("no follow-up candidate " + candidateId));
    }
}
