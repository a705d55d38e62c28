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

import java.time.Instant;

/** One thing a person (or the reply matcher) did to a commitment besides moving its date. Append-only. */
@Entity
@Table(name = "commitment_action")
class CommitmentAction {

    /** What was done. */
    enum Kind { REASSIGNED, CHASE_REQUESTED, ANCHOR_SET, REPLY_MATCHED, REPLY_CONFIRMED, REPLY_REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_action_seq")
    @SequenceGenerator(name = "commitment_action_seq", sequenceName = "commitment_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind action;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    @Column(length = 1000)
    private String detail;

    protected CommitmentAction() {
    }

    CommitmentAction(Long commitmentId, Kind action, String doneBy, Instant doneAt, String detail) {
        this.commitmentId = commitmentId;
        this.action = action;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    CommitmentActionView view() {
        return new CommitmentActionView(action.name(), doneBy, doneAt, detail);
    }
}
