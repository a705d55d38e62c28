package org.septel.commitment;

import org.septel.cable.CableId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Tracked follow-ups: opened from confirmed candidates, then moved through their lifecycle by the workflow. */
@Service
@Transactional(readOnly = true)
public class Commitments {

    private static final Logger log = LoggerFactory.getLogger(Commitments.class);

    private final CommitmentRepository commitments;
    private final SlipRepository slips;
    private final ReminderRepository reminders;
    private final FollowUpCandidates candidates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Commitments(CommitmentRepository commitments, SlipRepository slips, ReminderRepository reminders,
            FollowUpCandidates candidates, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.commitments = commitments;
        this.slips = slips;
        this.reminders = reminders;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** Opens a commitment for each confirmed candidate of the cable that has none yet; safe to call again. */
    @Transactional
    public List<Long> openConfirmed(CableId cableId, String owner) {
        List<Long> opened = new ArrayList<>();
        for (CandidateView candidate : candidates.forCable(cableId)) {
            if (candidate.reviewState() == ReviewState.CONFIRMED && !commitments.existsByCandidateId(candidate.id())) {
                opened.add(commitments.save(new Commitment(candidate, owner, clock.instant())).id());
            }
        }
        log.info("Opened {} commitments for cable {}", opened.size(), cableId);
        return opened;
    }

    public CommitmentView find(long id) {
        return load(id).view();
    }

    public List<CommitmentView> forCable(CableId cableId) {
        return commitments.findByCableIdOrderById(cableId.value()).stream().map(Commitment::view).toList();
    }

    /** Idempotent: returns false when the commitment was already overdue. */
    @Transactional
    public boolean markOverdue(long id) {
        Commitment commitment = load(id);
        boolean changed = commitment.markOverdue();
        if (changed) {
            CommitmentView view = commitment.view();
            events.publishEvent(new CommitmentEvent.WentOverdue(id, view.cableId(), view.owner(), view.dueDate()));
        }
        return changed;
    }

    @Transactional
    public CommitmentView extend(long id, LocalDate newDueDate, String reason, String approvedBy) {
        Commitment commitment = load(id);
        LocalDate oldDueDate = commitment.view().dueDate();
        slips.save(commitment.extend(newDueDate, reason, approvedBy, clock.instant()));
        CommitmentView view = commitment.view();
        events.publishEvent(new CommitmentEvent.Slipped(id, view.cableId(), view.owner(), oldDueDate, newDueDate,
                reason, approvedBy));
        return view;
    }

    @Transactional
    public CommitmentView fulfil(long id, String note) {
        Commitment commitment = load(id);
        commitment.fulfil(note, clock.instant());
        return closed(commitment);
    }

    @Transactional
    public CommitmentView withdraw(long id, String reason) {
        Commitment commitment = load(id);
        commitment.withdraw(reason, clock.instant());
        return closed(commitment);
    }

    /**
     * Reminds the owner of an open commitment, once per kind and date: a timer that fires twice, on one node or
     * two, finds the reminder already recorded (and the unique key stops a race). Returns whether one was sent.
     */
    @Transactional
    public boolean remind(long id, ReminderKind kind) {
        Commitment commitment = load(id);
        CommitmentView view = commitment.view();
        LocalDate forDate = kind == ReminderKind.BEFORE_DUE ? view.dueDate() : view.followUpDate();
        if (view.status().isClosed() || forDate == null
                || reminders.existsByCommitmentIdAndKindAndForDate(id, kind, forDate)) {
            return false;
        }
        reminders.save(new Reminder(id, kind, forDate, view.owner(), clock.instant()));
        events.publishEvent(new CommitmentEvent.ReminderRecorded(id, view.cableId(), kind, forDate, view.owner()));
        log.info("Reminded {} of commitment {} ({} {})", view.owner(), id, kind, forDate);
        return true;
    }

    public long reminderCount(long id) {
        return reminders.countByCommitmentId(id);
    }

    public List<SlipView> slips(long id) {
        return slips.findByCommitmentIdOrderBySlippedAt(id).stream().map(Slip::view).toList();
    }

    private CommitmentView closed(Commitment commitment) {
        CommitmentView view = commitment.view();
        events.publishEvent(new CommitmentEvent.Closed(view.id(), view.cableId(), view.owner(), view.status()));
        return view;
    }

    private Commitment load(long id) {
        return commitments.findById(id).orElseThrow(() -> new NoSuchElementException("no commitment " + id));
    }
}
