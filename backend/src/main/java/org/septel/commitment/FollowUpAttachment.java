package org.septel.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/**
 * A file attached to a follow-up, kept in the database with its name and content type. Append-only. Lists read
 * its metadata through a projection, so the bytes are loaded only for a download.
 */
@Entity
@Audited
@Table(name = "follow_up_attachment")
class FollowUpAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_attachment_seq")
    @SequenceGenerator(name = "follow_up_attachment_seq", sequenceName = "follow_up_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "file_name", nullable = false, length = FollowUpNotes.FILE_NAME_MAX_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** The bytes never change, so the audit rows leave them out. */
    @NotAudited
    @Column(nullable = false)
    private byte[] content;

    protected FollowUpAttachment() {
    }

    FollowUpAttachment(long commitmentId, String author, Instant attachedAt, String fileName, String contentType,
            byte[] content) {
        this.commitmentId = commitmentId;
        this.author = author;
        this.attachedAt = attachedAt;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    FollowUpNote view() {
        return new FollowUpNote(id, FollowUpNote.Kind.ATTACHMENT, commitmentId, author, attachedAt, null, fileName,
                contentType, sizeBytes);
    }
}
