package org.septel.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.septel.cable.CableId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A confirmed follow-up, tracked to closure. It owns its status: each transition checks the current state and
 * refuses an illegal move with that state in the message.
 * <pre>
 *  AWAITING_ANCHOR ──{@link #setAnchorDate}──▶ OPEN ──{@link #remindedBeforeDue}──▶ DUE_SOON
 *  OPEN, DUE_SOON ──{@link #markOverdue}──▶ OVERDUE ──{@link #askToChase} / {@link #reassign}──▶ ESCALATED
 *  OVERDUE, ESCALATED ──{@link #extend} (a slip)──▶ OPEN
 *  any open state ──{@link #fulfil} / {@link #partlyFulfil} / {@link #withdraw}──▶ FULFILLED / PARTLY_FULFILLED / WITHDRAWN
 * </pre>
 * Items anchored to an EVENT or CONDITION with no due date start AWAITING_ANCHOR; every other item starts OPEN.
 * Timer-driven moves ({@link #remindedBeforeDue}, {@link #markOverdue}) are idempotent, because a timer can fire
 * twice; moves people make are not, so a double click is refused rather than recorded twice.
 */
@Entity
@Audited
@Table(name = "commitment")
class Commitment {

    static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cable_id", nullable = false, length = CableId.MAX_LENGTH)
    private String cableId;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(length = 300)
    private String actor;

    @Column(name = "actor_org", length = 300)
    private String actorOrg;

    @Column(length = 2000)
    private String action;

    /** {@link CounterpartKeys#surname} of the actor; derived, so not audited (the actor is). */
    @NotAudited
    @Column(name = "counterpart_surname", length = CounterpartKeys.MAX_LENGTH)
    private String counterpartSurname;

    /** {@link CounterpartKeys#organisation} of the actor's organisation; derived, so not audited. */
    @NotAudited
    @Column(name = "counterpart_org", length = CounterpartKeys.MAX_LENGTH)
    private String counterpartOrg;

    @Column(nullable = false, length = 32)
    private String direction;

    @Column(nullable = false, length = 16)
    private String anchor;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "original_due_date")
    private LocalDate originalDueDate;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Column(nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitmentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = NOTE_MAX_LENGTH)
    private String closingNote;

    @Column(name = "evidence_cable_id", length = CableId.MAX_LENGTH)
    private String evidenceCableId;

    @Version
    private Long version;

    protected Commitment() {
    }

    Commitment(CandidateView confirmed, String owner, Instant now) {
        if (confirmed.reviewState() != ReviewState.CONFIRMED) {
            throw new IllegalStateException("candidate " + confirmed.id() + " is " + confirmed.reviewState()
                    + "; only a confirmed candidate becomes a commitment");
        }
        this.cableId = confirmed.cableId().value();
        this.candidateId = confirmed.id();
        this.kind = confirmed.kind();
        this.actor = confirmed.actor();
        this.actorOrg = confirmed.actorOrg();
        this.action = confirmed.action();
        this.direction = confirmed.direction();
        this.anchor = confirmed.anchor() == null ? "NONE" : confirmed.anchor();
        this.dueDate = confirmed.dueDate();
        this.originalDueDate = confirmed.dueDate();
        this.followUpDate = confirmed.followUpDate();
        this.owner = Objects.requireNonNull(owner, "owner");
        this.status = waitsOnAnchor() ? CommitmentStatus.AWAITING_ANCHOR : CommitmentStatus.OPEN;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    /** The keys follow the names on every write, whoever sets them, so reply matching can look them up. */
    @PrePersist
    @PreUpdate
    void keyCounterpart() {
        counterpartSurname = CounterpartKeys.surname(actor);
        counterpartOrg = CounterpartKeys.organisation(actorOrg);
    }

    String owner() {
        return owner;
    }

    private boolean waitsOnAnchor() {
        return dueDate == null && ("EVENT".equals(anchor) || "CONDITION".equals(anchor));
    }

    /** The event or condition the item waited on is known: it gets its due date and proceeds as a dated item. */
    void setAnchorDate(LocalDate date) {
        require(CommitmentStatus.AWAITING_ANCHOR, "set the anchor date of");
        if (date == null) {
            throw new IllegalArgumentException("give the date the event or condition sets");
        }
        dueDate = date;
        originalDueDate = date;
        status = CommitmentStatus.OPEN;
    }

    /** The owner was reminded that the due date is near. Idempotent; only an OPEN item becomes DUE_SOON. */
    boolean remindedBeforeDue() {
        if (status != CommitmentStatus.OPEN) {
            return false;
        }
        status = CommitmentStatus.DUE_SOON;
        return true;
    }

    /** The due date passed. Idempotent: a timer that fires twice changes nothing the second time. */
    boolean markOverdue() {
        if (status.isLate()) {
            return false;
        }
        if (status != CommitmentStatus.OPEN && status != CommitmentStatus.DUE_SOON) {
            throw new IllegalStateException("cannot mark overdue commitment " + id + ": it is " + status);
        }
        status = CommitmentStatus.OVERDUE;
        return true;
    }

    /** A manager asks the owner to chase an overdue item. */
    void askToChase() {
        if (!status.isLate()) {
            throw new IllegalStateException("cannot ask to chase commitment " + id + ": it is " + status
                    + "; only an overdue one is chased on a manager's request");
        }
        status = CommitmentStatus.ESCALATED;
    }

    /** A manager gives the item to someone else; an overdue one is escalated. Returns the previous owner. */
    String reassign(String newOwner) {
        requireOpen("reassign");
        if (newOwner == null || newOwner.isBlank()) {
            throw new IllegalArgumentException("name the new owner");
        }
        if (newOwner.strip().equals(owner)) {
            throw new IllegalArgumentException("commitment " + id + " is already " + owner + "'s");
        }
        String previous = owner;
        owner = newOwner.strip();
        if (status == CommitmentStatus.OVERDUE) {
            status = CommitmentStatus.ESCALATED;
        }
        return previous;
    }

    /** A manager moves the due date; the commitment is open again. Returns the slip to keep. */
    Slip extend(LocalDate newDueDate, String reason, String approvedBy, Instant now) {
        if (status.isClosed()) {
            throw new IllegalStateException("commitment " + id + " is " + status + "; a closed commitment cannot be extended");
        }
        if (status == CommitmentStatus.AWAITING_ANCHOR) {
            throw new IllegalStateException("commitment " + id + " is " + status + "; set its anchor date instead");
        }
        if (newDueDate == null || (dueDate != null && !newDueDate.isAfter(dueDate))) {
            throw new IllegalArgumentException("the new due date must come after " + dueDate);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the due date moves");
        }
        Slip slip = new Slip(id, dueDate, newDueDate, reason.strip(), approvedBy, now);
        dueDate = newDueDate;
        status = CommitmentStatus.OPEN;
        return slip;
    }

    void fulfil(String note, Instant now) {
        fulfil(note, null, now);
    }

    /** Fulfilled, with a note and/or the later cable that shows it (the evidence). */
    void fulfil(String note, CableId evidence, Instant now) {
        close(CommitmentStatus.FULFILLED, note, evidence, now);
    }

    /** Only part was delivered; the note says what is missing. */
    void partlyFulfil(String note, CableId evidence, Instant now) {
        if ((note == null || note.isBlank()) && evidence == null) {
            throw new IllegalArgumentException("say what was delivered and what is missing");
        }
        close(CommitmentStatus.PARTLY_FULFILLED, note, evidence, now);
    }

    void withdraw(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the commitment is withdrawn");
        }
        close(CommitmentStatus.WITHDRAWN, reason, null, now);
    }

    private void close(CommitmentStatus closing, String note, CableId evidence, Instant now) {
        if (status.isClosed()) {
            throw new IllegalStateException("commitment " + id + " is already " + status);
        }
        if (note != null && note.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("a note has at most " + NOTE_MAX_LENGTH + " characters");
        }
        status = closing;
        closedAt = now;
        closingNote = note == null || note.isBlank() ? null : note.strip();
        evidenceCableId = evidence == null ? null : evidence.value();
    }

    private void requireOpen(String action) {
        if (status.isClosed()) {
            throw new IllegalStateException("cannot " + action + " commitment " + id + ": it is " + status);
        }
    }

    private void require(CommitmentStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("cannot " + action + " commitment " + id + ": it is " + status);
        }
    }

    CommitmentView view() {
        return new CommitmentView(id, CableId.of(cableId), candidateId, kind, actor, action, direction, dueDate,
                followUpDate, owner, status, actorOrg, anchor, originalDueDate, closedAt, closingNote,
                evidenceCableId == null ? null : CableId.of(evidenceCableId));
    }
}
