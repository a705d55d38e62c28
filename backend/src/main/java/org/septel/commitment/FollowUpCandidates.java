package org.septel.commitment;

import jakarta.persistence.EntityManager;
import org.septel.audit.Revisions;
import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(FollowUpCandidates.class);

    private final FollowUpCandidateRepository candidates;
    private final CandidateDecisionRepository decisions;
    private final CableAccess cableAccess;
    private final EntityManager entityManager;
    private final Clock clock;

    FollowUpCandidates(FollowUpCandidateRepository candidates, CandidateDecisionRepository decisions,
            CableAccess cableAccess, EntityManager entityManager, Clock clock) {
        this.candidates = candidates;
        this.decisions = decisions;
        this.cableAccess = cableAccess;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The cable's candidates in the order they occur in its text (all of them: for tests and reports, not screens). */
    public List<CandidateView> forCable(CableId cableId) {
        return candidates.findByCableIdOrderByPosition(cableId.value()).stream().map(FollowUpCandidate::view).toList();
    }

    /** The candidates of a cable whose evidence this reader may see; none when the cable is withheld from them. */
    public List<CandidateView> visibleIn(ClearedCable cable) {
        return forCable(cable.id()).stream()
                .filter(c -> cable.mayShow(c.paragraph(), c.evidenceStart(), c.evidenceEnd())).toList();
    }

    @Transactional
    public CandidateView confirm(long candidateId, Reader reviewer) {
        FollowUpCandidate candidate = loadVisible(candidateId, reviewer);
        candidate.confirm();
        decisions.save(new CandidateDecision(candidateId, ReviewState.CONFIRMED, reviewer.username(), clock.instant(), null));
        return candidate.view();
    }

    @Transactional
    public CandidateView reject(long candidateId, Reader reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the candidate is rejected");
        }
        if (reason.length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("a reason has at most " + REASON_MAX_LENGTH + " characters");
        }
        FollowUpCandidate candidate = loadVisible(candidateId, reviewer);
        candidate.reject();
        decisions.save(new CandidateDecision(candidateId, ReviewState.REJECTED, reviewer.username(), clock.instant(),
                reason.strip()));
        return candidate.view();
    }

    /** Every state the candidate has been in, oldest first, with who moved it and when (from the audit trail). */
    public List<ReviewStateChange> history(long candidateId) {
        return Revisions.of(entityManager, FollowUpCandidate.class, candidateId).stream()
                .map(r -> new ReviewStateChange(r.at(), r.by(), r.entity().view().reviewState())).toList();
    }

    public long decisionCount(long candidateId) {
        return decisions.countByCandidateId(candidateId);
    }

    /** A candidate the reviewer may not see is reported exactly like one that does not exist. */
    private FollowUpCandidate loadVisible(long candidateId, Reader reviewer) {
        FollowUpCandidate candidate = candidates.findById(candidateId)
                .orElseThrow(() -> new NoSuchElementException("no follow-up candidate " + candidateId));
        CandidateView view = candidate.view();
        boolean visible = cableAccess.read(view.cableId(), reviewer)
                .map(cable -> !cable.infoCopy() && cable.mayShow(view.paragraph(), view.evidenceStart(), view.evidenceEnd()))
                .orElse(false);
        if (!visible) {
            log.warn("Denied: {} tried to review candidate {} of cable {} they may not read", reviewer.username(),
                    candidateId, view.cableId());
            throw new NoSuchElementException("no follow-up candidate " + candidateId);
        }
        return candidate;
    }
}
