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
import org.septel.cable.CableId;

import java.time.Instant;

/**
 * A later cable that looks like the reply fulfilling a commitment. It is only a proposal: a person confirms it (the
 * commitment closes with the reply as evidence) or rejects it (the commitment waits on). Each pair is matched once.
 */
@Entity
@Table(name = "commitment_reply")
class ReplyMatch {

    /** How the reply was found. */
    enum MatchedBy { REFERENCE, TEXT }

    enum State { PENDING, CONFIRMED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_reply_seq")
    @SequenceGenerator(name = "commitment_reply_seq", sequenceName = "commitment_reply_seq", allocationSize = 50)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "reply_cable_id", nullable = false, length = CableId.MAX_LENGTH)
    private String replyCableId;

    @Enumerated(EnumType.STRING)
    @Column(name = "matched_by", nullable = false, length = 16)
    private MatchedBy matchedBy;

    private Integer paragraph;

    @Column(name = "passage_start", nullable = false)
    private int passageStart;

    @Column(name = "passage_end", nullable = false)
    private int passageEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "matched_at", nullable = false)
    private Instant matchedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    protected ReplyMatch() {
    }

    ReplyMatch(Long commitmentId, CableId reply, MatchedBy matchedBy, Integer paragraph, int passageStart,
            int passageEnd, Instant matchedAt) {
        this.commitmentId = commitmentId;
        this.replyCableId = reply.value();
        this.matchedBy = matchedBy;
        this.paragraph = paragraph;
        this.passageStart = passageStart;
        this.passageEnd = passageEnd;
        this.state = State.PENDING;
        this.matchedAt = matchedAt;
    }

    CableId replyCableId() {
        return CableId.of(replyCableId);
    }

    void confirm(String by, Instant now) {
        decide(State.CONFIRMED, by, now, null);
    }

    void reject(String by, Instant now, String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("say why this cable is not the reply");
        }
        decide(State.REJECTED, by, now, why.strip());
    }

    private void decide(State decision, String by, Instant now, String why) {
        if (state != State.PENDING) {
            throw new IllegalStateException("the match of cable " + replyCableId + " to commitment " + commitmentId
                    + " is already " + state);
        }
        state = decision;
        decidedBy = by;
        decidedAt = now;
        reason = why;
    }

    ReplyMatchView view() {
        return new ReplyMatchView(id, commitmentId, replyCableId(), matchedBy.name(), paragraph, passageStart,
                passageEnd, state.name(), matchedAt, decidedBy, reason);
    }
}
