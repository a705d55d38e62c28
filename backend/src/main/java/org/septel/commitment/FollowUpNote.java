package org.septel.commitment;

import java.time.Instant;

/**
 * A comment or an attachment on a follow-up, for its timeline: who, when, and the text or the file's name, type
 * and size (never its bytes; see {@link FollowUpNotes#download}).
 */
public record FollowUpNote(long id, Kind kind, long commitmentId, String author, Instant at, String text,
        String fileName, String contentType, long size) {

    public enum Kind { COMMENT, ATTACHMENT }

    public boolean isAttachment() {
        return kind == Kind.ATTACHMENT;
    }
}
