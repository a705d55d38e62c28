package org.septel.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** A person's comment on a follow-up. Append-only: a correction is a new comment. */
@Entity
@Audited
@Table(name = "follow_up_comment")
class FollowUpComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_comment_seq")
    @SequenceGenerator(name = "follow_up_comment_seq", sequenceName = "follow_up_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = FollowUpNotes.COMMENT_MAX_LENGTH)
    private String body;

    protected FollowUpComment() {
    }

    FollowUpComment(long commitmentId, String author, Instant writtenAt, String body) {
        this.commitmentId = commitmentId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    FollowUpNote view() {
        return new FollowUpNote(id, FollowUpNote.Kind.COMMENT, commitmentId, author, writtenAt, body, null, null, 0);
    }
}
