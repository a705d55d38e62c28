package org.septel.commitment;

import org.septel.clearance.CableAccess;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Comments and attachments on a follow-up (ADR 0023). Whoever may read the follow-up may read, add and download
 * them: someone on the desk of its cable and cleared for the cable's marking, as {@link CableAccess} decides. For
 * anyone else the follow-up does not exist here either, and the refusal is logged by the cable's door.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpNotes {

    public static final int COMMENT_MAX_LENGTH = 4000;
    public static final int ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
    public static final int FILE_NAME_MAX_LENGTH = 255;
    private static final String DEFAULT_TYPE = "application/octet-stream";

    private static final Logger log = LoggerFactory.getLogger(FollowUpNotes.class);

    private final FollowUpCommentRepository comments;
    private final FollowUpAttachmentRepository attachments;
    private final CommitmentRepository commitments;
    private final CableAccess cables;
    private final Clock clock;

    FollowUpNotes(FollowUpCommentRepository comments, FollowUpAttachmentRepository attachments,
            CommitmentRepository commitments, CableAccess cables, Clock clock) {
        this.comments = comments;
        this.attachments = attachments;
        this.commitments = commitments;
        this.cables = cables;
        this.clock = clock;
    }

    /** The follow-up's comments and attachments, oldest first. */
    public List<FollowUpNote> of(long commitmentId, Reader reader) {
        requireReadable(commitmentId, reader);
        List<FollowUpNote> notes = new ArrayList<>();
        comments.findByCommitmentIdOrderByWrittenAtAscIdAsc(commitmentId).forEach(c -> notes.add(c.view()));
        notes.addAll(attachments.notesOf(commitmentId));
        notes.sort(Comparator.comparing(FollowUpNote::at).thenComparing(FollowUpNote::id));
        return notes;
    }

    @Transactional
    public FollowUpNote comment(long commitmentId, Reader reader, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("write something first");
        }
        String body = text.strip();
        if (body.length() > COMMENT_MAX_LENGTH) {
            throw new IllegalArgumentException("a comment has at most " + COMMENT_MAX_LENGTH + " characters; this one has "
                    + body.length());
        }
        requireReadable(commitmentId, reader);
        FollowUpNote note = comments.save(new FollowUpComment(commitmentId, reader.username(), clock.instant(), body)).view();
        log.info("{} commented on commitment {}", reader.username(), commitmentId);
        return note;
    }

    @Transactional
    public FollowUpNote attach(long commitmentId, Reader reader, String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (content.length > ATTACHMENT_MAX_BYTES) {
            throw new IllegalArgumentException("a file may have at most " + ATTACHMENT_MAX_BYTES / (1024 * 1024)
                    + " MB; this one has " + megabytes(content.length));
        }
        requireReadable(commitmentId, reader);
        FollowUpNote note = attachments.save(new FollowUpAttachment(commitmentId, reader.username(), clock.instant(),
                cleanName(fileName), cleanType(contentType), content)).view();
        log.info("{} attached file {} ({} bytes) to commitment {}", reader.username(), note.id(), content.length,
                commitmentId);
        return note;
    }

    /** The file, if the reader may read its follow-up; empty otherwise (not told apart from a wrong id). */
    public Optional<AttachedFile> download(long attachmentId, Reader reader) {
        Optional<Long> commitmentId = attachments.commitmentOf(attachmentId);
        if (commitmentId.isEmpty() || !mayRead(commitmentId.get(), reader)) {
            log.warn("Denied: {} asked for attachment {} of a follow-up they may not read", reader.username(), attachmentId);
            return Optional.empty();
        }
        return attachments.fileOf(attachmentId);
    }

    /** Whether the reader may see the follow-up (and so its comments and files). */
    public boolean mayRead(long commitmentId, Reader reader) {
        return commitments.findById(commitmentId)
                .flatMap(c -> cables.read(c.view().cableId(), reader))
                .filter(cable -> !cable.withheld() && !cable.infoCopy())
                .map(ClearedCable::id)
                .isPresent();
    }

    private void requireReadable(long commitmentId, Reader reader) {
        if (!mayRead(commitmentId, reader)) {
            log.warn("Denied: {} asked for the notes of commitment {}", reader.username(), commitmentId);
            throw new NoSuchElementException("there is no follow-up " + commitmentId + " you may see");
        }
    }

    /** Keeps the name the file had, without any folder part, and short enough to store. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() <= FILE_NAME_MAX_LENGTH ? name : name.substring(name.length() - FILE_NAME_MAX_LENGTH);
    }

    private static String cleanType(String contentType) {
        if (contentType == null || contentType.isBlank() || contentType.length() > 255
                || !contentType.matches("[\\w.+-]+/[\\w.+-]+(;.*)?")) {
            return DEFAULT_TYPE;
        }
        return contentType.strip().toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes (%.1f MB)", bytes, bytes / (1024.0 * 1024.0));
    }
}
