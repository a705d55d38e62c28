package org.septel.cable;

import java.time.Instant;
import java.util.List;

/**
 * Read view of a filed cable. {@code text} is the stored bytes decoded with the charset they arrived in;
 * {@code parsed} is those bytes read again by the parser (paragraphs, markings, addressees), or null where only the
 * stored header fields were asked for.
 */
public record CableDetails(
        CableId id,
        String subject,
        Instant dtg,
        String classification,
        String origin,
        String precedence,
        String tags,
        List<String> caveats,
        List<String> references,
        int revisionCount,
        String text,
        String charset,
        String sourceName,
        Instant receivedAt,
        String desk,
        java.util.Set<String> infoDesks,
        ParsedCable parsed) {
}
