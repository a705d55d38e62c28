package org.septel.cable;

import java.time.Instant;
import java.util.List;

/**
 * One cable as read from its text (shape fixed by the shared contract). The parser fills every list, never
 * null and unmodifiable; {@code text} is the decoded cable text that every paragraph span indexes into.
 */
public record ParsedCable(
        String id,
        String origin,
        Instant dtg,
        String precedence,
        String classification,
        List<String> caveats,
        List<String> tags,
        String subject,
        List<String> references,
        String signer,
        List<String> to,
        List<String> info,
        List<Paragraph> paragraphs,
        List<String> warnings,
        String text)               // the decoded cable text that every span (start,end) indexes into
{ }
