package org.septel.commitment;

import jakarta.persistence.EntityManager;
import org.septel.audit.Revisions;
import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

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
    private final ApplicationEventPublisher events;

    FollowUpCandidates(FollowUpCandidateRepository candidates, CandidateDecisionRepository decisions,
            CableAccess cableAccess, EntityManager entityManager, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
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

    /**
     * A reviewer corrects what a candidate says. The change is recorded as an EDITED decision listing each field
     * from and to; the extractor's original stays readable through {@link #original(long)}.
     */
    @Transactional
    public CandidateView edit(long candidateId, CandidateDraft draft, Reader reviewer) {
        FollowUpCandidate candidate = loadVisible(candidateId, reviewer);
        CandidateView before = candidate.view();
        candidate.edit(draft);
        String changes = changes(before, candidate.view());
        if (changes.isEmpty()) {
            return before;
        }
        decisions.save(new CandidateDecision(candidateId, CandidateDecision.EDITED, reviewer.username(), clock.instant(),
                clip(changes)));
        log.info("{} edited candidate {} of cable {}", reviewer.username(), candidateId, before.cableId());
        return candidate.view();
    }

    /**
     * A reviewer adds a follow-up Septel did not find; it is confirmed at once. When the cable's review is over the
     * workflow reopens its case for it (it listens to {@link CandidateAdded}).
     */
    @Transactional
    public CandidateView add(CableId cableId, CandidateDraft draft, Reader reviewer) {
        boolean readable = cableAccess.read(cableId, reviewer).map(cable -> !cable.withheld()).orElse(false);
        if (!readable) {
            log.warn("Denied: {} tried to add a follow-up to cable {} they may not read", reviewer.username(), cableId);
            throw new NoSuchElementException("no cable " + cableId);
        }
        int position = (int) candidates.countByCableId(cableId.value());
        FollowUpCandidate added = candidates.save(new FollowUpCandidate(cableId, position, draft, reviewer.username()));
        decisions.save(new CandidateDecision(added.id(), CandidateDecision.ADDED, reviewer.username(), clock.instant(), null));
        events.publishEvent(new CandidateAdded(cableId, added.id(), reviewer.username()));
        log.info("{} added candidate {} to cable {}", reviewer.username(), added.id(), cableId);
        return added.view();
    }

    /** The candidate as first stored (for an extracted one: as the extractor found it), from the audit trail. */
    public CandidateView original(long candidateId) {
        return Revisions.of(entityManager, FollowUpCandidate.class, candidateId).stream().findFirst()
                .map(r -> r.entity().view())
                .orElseThrow(() -> new NoSuchElementException("no follow-up candidate " + candidateId));
    }

    /** Every version of the candidate, oldest first: the original, then each edit and decision. */
    public List<CandidateView> versions(long candidateId) {
        return Revisions.of(entityManager, FollowUpCandidate.class, candidateId).stream().map(r -> r.entity().view())
                .toList();
    }

    private static String changes(CandidateView a, CandidateView b) {
        List<String> changed = new ArrayList<>();
        field(changed, "kind", a.kind(), b.kind());
        field(changed, "actor", a.actor(), b.actor());
        field(changed, "organisation", a.actorOrg(), b.actorOrg());
        field(changed, "to whom", a.toWhom(), b.toWhom());
        field(changed, "direction", a.direction(), b.direction());
        field(changed, "action", a.action(), b.action());
        field(changed, "due", a.dueDate(), b.dueDate());
        field(changed, "follow-up", a.followUpDate(), b.followUpDate());
        field(changed, "owner", a.owner(), b.owner());
        return String.join("; ", changed);
    }

    private static void field(List<String> changed, String name, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changed.add(name + ": " + (from == null ? "-" : from) + " -> " + (to == null ? "-" : to));
        }
    }

    private static String clip(String text) {
        return text.length() <= REASON_MAX_LENGTH ? text : text.substring(0, REASON_MAX_LENGTH - 1) + "\u2026";
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
