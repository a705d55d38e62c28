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
import org.septel.extraction.Candidate;

import java.time.LocalDate;

/**
 * A follow-up the extractor found in a cable, or one a reviewer added by hand. Review moves its state and may edit
 * what it says (kind, who, to whom, direction, action, dates, owner); the audit trail keeps every version, the
 * first being the extractor's untouched original.
 */
@Entity
@Audited
@Table(name = "follow_up_candidate")
class FollowUpCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_candidate_seq")
    @SequenceGenerator(name = "follow_up_candidate_seq", sequenceName = "follow_up_candidate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cable_id", nullable = false, length = CableId.MAX_LENGTH)
    private String cableId;

    @Column(nullable = false)
    private int position;

    private Integer paragraph;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(length = 300)
    private String actor;

    @Column(name = "actor_org", length = 300)
    private String actorOrg;

    @Column(name = "to_whom", length = 300)
    private String toWhom;

    @Column(nullable = false, length = 32)
    private String direction;

    @Column(length = 2000)
    private String action;

    @Column(name = "due_text", length = 300)
    private String dueText;

    private LocalDate earliest;

    private LocalDate latest;

    @Column(nullable = false, length = 16)
    private String anchor;

    @Column(nullable = false)
    private boolean vague;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Column(name = "evidence_start", nullable = false)
    private int evidenceStart;

    @Column(name = "evidence_end", nullable = false)
    private int evidenceEnd;

    @Column(name = "evidence_text", nullable = false, length = 4000)
    private String evidenceText;

    @Column(nullable = false)
    private double confidence;

    @Column(length = 300)
    private String cue;

    @Column(name = "status_in_text", length = 32)
    private String statusInText;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 16)
    private ReviewState reviewState;

    @Column(length = 64)
    private String owner;

    @Column(name = "added_by", length = 64)
    private String addedBy;

    @Version
    private Long version;

    protected FollowUpCandidate() {
    }

    FollowUpCandidate(CableId cableId, int position, Candidate found) {
        this.cableId = cableId.value();
        this.position = position;
        this.paragraph = found.paragraph();
        this.kind = found.kind().jsonName();
        this.actor = clip(found.actor(), 300);
        this.actorOrg = clip(found.actorOrg(), 300);
        this.toWhom = clip(found.toWhom(), 300);
        this.direction = found.direction().jsonName();
        this.action = clip(found.action(), 2000);
        this.dueText = clip(found.dueText(), 300);
        this.earliest = found.due().earliest();
        this.latest = found.due().latest();
        this.anchor = found.due().anchor().name();
        this.vague = found.due().vague();
        this.dueDate = found.due().dueDate();
        this.followUpDate = found.due().followUpDate();
        this.evidenceStart = found.evidence().start();
        this.evidenceEnd = found.evidence().end();
        this.evidenceText = clip(found.evidence().text(), 4000);
        this.confidence = found.confidence();
        this.cue = clip(found.cue(), 300);
        this.statusInText = found.statusInText();
        this.reviewState = ReviewState.PROPOSED;
    }

    /** A follow-up a reviewer adds by hand: confirmed at once, its evidence the passage they quote. */
    FollowUpCandidate(CableId cableId, int position, CandidateDraft draft, String addedBy) {
        this.cableId = cableId.value();
        this.position = position;
        this.paragraph = draft.paragraph();
        this.anchor = "NONE";
        this.vague = false;
        this.evidenceStart = 0;
        this.evidenceEnd = 0;
        this.evidenceText = draft.evidenceText() == null || draft.evidenceText().isBlank() ? "(added by hand)"
                : clip(draft.evidenceText().strip(), 4000);
        this.confidence = 1.0;
        this.cue = "added by hand";
        this.addedBy = addedBy;
        apply(draft);
        this.anchor = this.dueDate == null && this.followUpDate == null ? "NONE" : "DCT";
        this.reviewState = ReviewState.CONFIRMED;
    }

    Long id() {
        return id;
    }

    /** A reviewer corrects what the candidate says. A rejected one is confirmed or left alone, not edited. */
    void edit(CandidateDraft draft) {
        if (reviewState == ReviewState.REJECTED) {
            throw new IllegalStateException("candidate " + id + " is rejected; confirm it before editing it");
        }
        apply(draft);
    }

    private void apply(CandidateDraft draft) {
        this.kind = draft.kind();
        this.actor = draft.actor();
        this.actorOrg = draft.actorOrg();
        this.toWhom = draft.toWhom();
        this.direction = draft.direction();
        this.action = draft.action();
        this.dueDate = draft.dueDate();
        this.followUpDate = draft.followUpDate();
        this.owner = draft.owner();
    }

    CableId cableId() {
        return CableId.of(cableId);
    }

    /** A proposed or rejected candidate can be confirmed; confirming twice is refused. */
    void confirm() {
        if (reviewState == ReviewState.CONFIRMED) {
            throw new IllegalStateException("candidate " + id + " is already confirmed");
        }
        reviewState = ReviewState.CONFIRMED;
    }

    /** A proposed or confirmed candidate can be rejected; rejecting twice is refused. */
    void reject() {
        if (reviewState == ReviewState.REJECTED) {
            throw new IllegalStateException("candidate " + id + " is already rejected");
        }
        reviewState = ReviewState.REJECTED;
    }

    CandidateView view() {
        return new CandidateView(id, cableId(), paragraph, kind, actor, actorOrg, toWhom, direction, action, dueText,
                earliest, latest, anchor, vague, dueDate, followUpDate, evidenceStart, evidenceEnd, evidenceText,
                confidence, cue, statusInText, reviewState, owner, addedBy);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
