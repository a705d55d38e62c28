package org.septel.commitment;

import org.septel.cable.CableId;

import java.time.Instant;

/**
 * A proposed reply: which later cable, how it was found (REFERENCE or TEXT), and the span of its text that matched,
 * for showing beside the commitment's own evidence. {@code state} is PENDING, CONFIRMED or REJECTED.
 */
public record ReplyMatchView(long id, long commitmentId, CableId replyCableId, String matchedBy, Integer paragraph,
        int passageStart, int passageEnd, String state, Instant matchedAt, String decidedBy, String reason) {

    public boolean pending() {
        return "PENDING".equals(state);
    }
}
