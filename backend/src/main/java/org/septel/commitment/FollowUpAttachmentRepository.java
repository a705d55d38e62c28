package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface FollowUpAttachmentRepository extends JpaRepository<FollowUpAttachment, Long> {

    /** An attachment without its bytes. */
    record Row(Long id, Long commitmentId, String author, java.time.Instant at, String fileName, String contentType,
            long size) {
        FollowUpNote note() {
            return new FollowUpNote(id, FollowUpNote.Kind.ATTACHMENT, commitmentId, author, at, null, fileName,
                    contentType, size);
        }
    }

    /** Metadata only: the bytes stay in the database until someone downloads the file. */
    @Query("select new org.septel.commitment.FollowUpAttachmentRepository$Row(a.id, a.commitmentId, a.author,"
            + " a.attachedAt, a.fileName, a.contentType, a.sizeBytes)"
            + " from FollowUpAttachment a where a.commitmentId = :commitmentId order by a.attachedAt, a.id")
    List<Row> rowsOf(@Param("commitmentId") long commitmentId);

    default List<FollowUpNote> notesOf(long commitmentId) {
        return rowsOf(commitmentId).stream().map(Row::note).toList();
    }

    @Query("select new org.septel.commitment.AttachedFile(a.fileName, a.contentType, a.content)"
            + " from FollowUpAttachment a where a.id = :id")
    Optional<AttachedFile> fileOf(@Param("id") long id);

    @Query("select a.commitmentId from FollowUpAttachment a where a.id = :id")
    Optional<Long> commitmentOf(@Param("id") long id);
}
