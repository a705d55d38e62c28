package org.septel.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.septel.cable.CableId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A confirmed follow-up, tracked to closure. It owns its status: each transition checks the current state and
 * refuses an illegal move with that state in the message. See {@link CommitmentStatus} for the lifecycle.
 */
@Entity
@Audited
@Table(name = "commitment")
class Commitment {

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

    @Column(length = 2000)
    private String action;

    @Column(nullable = false, length = 32)
    private String direction;

    @Column(name = "due_date")
    private LocalDate dueDate;

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

    @Column(name = "closing_note", length = 1000)
    private String closingNote;

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
        this.action = confirmed.action();
        this.direction = confirmed.direction();
        this.dueDate = confirmed.dueDate();
        this.followUpDate = confirmed.followUpDate();
        this.owner = Objects.requireNonNull(owner, "owner");
        this.status = CommitmentStatus.OPEN;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    /** The due date passed. Idempotent: a timer that fires twice changes nothing the second time. */
    boolean markOverdue() {
        if (status == CommitmentStatus.OVERDUE) {
            return false;
        }
        require(CommitmentStatus.OPEN, "mark overdue");
        status = CommitmentStatus.OVERDUE;
        return true;
    }

    /** A manager moves the due date; the commitment is open again. Returns the slip to keep. */
    Slip extend(LocalDate newDueDate, String reason, String approvedBy, Instant now) {
        if (status.isClosed()) {
            throw new IllegalStateException("commitment " + id + " is " + status + "; a closed commitment cannot be extended");
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
        close(CommitmentStatus.FULFILLED, note, now);
    }

    void withdraw(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the commitment is withdrawn");
        }
        close(CommitmentStatus.WITHDRAWN, reason, now);
    }

    private void close(CommitmentStatus closing, String note, Instant now) {
        if (status.isClosed()) {
            throw new IllegalStateException("commitment " + id + " is already " + status);
        }
        status = closing;
        closedAt = now;
        closingNote = note == null ? null : note.strip();
    }

    private void require(CommitmentStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("cannot " + action + " commitment " + id + ": it is " + status);
        }
    }

    CommitmentView view() {
        return new CommitmentView(id, CableId.of(cableId), candidateId, kind, actor, action, direction, dueDate,
                followUpDate, owner, status);
    }
}
