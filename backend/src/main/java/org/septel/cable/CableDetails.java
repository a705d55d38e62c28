package org.septel.cable;

import java.time.Instant;

/** Read view of a filed cable. {@code text} is the stored bytes decoded with the charset they arrived in. */
public record CableDetails(
        CableId id,
        String subject,
        Instant dtg,
        String classification,
        String text,
        String charset,
        String sourceName,
        Instant receivedAt) {
}
