package org.septel.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One review decision on a candidate: who, when, what (confirmed, rejected, edited, added), and why or what changed. */
@Entity
@Table(name = "candidate_decision")
class CandidateDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_decision_seq")
    @SequenceGenerator(name = "candidate_decision_seq", sequenceName = "candidate_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private Long candidateId;

    @Column(nullable = false, length = 16)
    private String decision;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    protected CandidateDecision() {
    }

    /** Review decisions besides confirm and reject: what a person changed, or that they added the candidate. */
    static final String EDITED = "EDITED";
    static final String ADDED = "ADDED";

    CandidateDecision(Long candidateId, ReviewState decision, String decidedBy, Instant decidedAt, String reason) {
        this(candidateId, decision.name(), decidedBy, decidedAt, reason);
    }

    /** {@code reason} holds, for an edit, what changed from what ("kind: promise -> request; due: - -> 2009-01-31"). */
    CandidateDecision(Long candidateId, String decision, String decidedBy, Instant decidedAt, String reason) {
        this.candidateId = candidateId;
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reason = reason;
    }
}
