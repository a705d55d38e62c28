package org.septel.clearance;

import org.septel.cable.CableId;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cable as one reader may see it. When the whole cable is above the reader's clearance it is {@link #withheld()}:
 * only its id and marking are known, and every other field is empty. Otherwise withheld paragraphs are cut out of
 * {@link #segments()}, so the text a screen builds from them can never contain them. An {@link #infoCopy()} is a
 * cable another desk owns, read by a desk it was sent to for INFO: readable, but nothing in it may be acted on.
 */
public record ClearedCable(
        CableId id,
        String marking,
        boolean withheld,
        String subject,
        Instant dtg,
        String origin,
        String precedence,
        String tags,
        List<String> caveats,
        List<String> references,
        String signer,
        List<String> to,
        List<String> info,
        List<Segment> segments,
        Set<Integer> withheldParagraphs,
        boolean infoCopy) {

    /** The marking in words for headers: "SECRET", "SECRET//NOFORN", "CONFIDENTIAL". */
    public String markingInWords() {
        String level = switch (marking.charAt(0)) {
            case 'U' -> "UNCLASSIFIED";
            case 'C' -> "CONFIDENTIAL";
            default -> "SECRET";
        };
        return marking.endsWith("/NF") ? level + "//NOFORN" : level;
    }

    public String visibleText() {
        return segments.stream().map(Segment::shown).collect(Collectors.joining());
    }

    /** Whether something found at this place of the text (a paragraph number and a span) may be shown. */
    public boolean mayShow(Integer paragraph, int start, int end) {
        if (withheld || (paragraph != null && withheldParagraphs.contains(paragraph))) {
            return false;
        }
        return segments.stream().filter(Segment::isWithheld).noneMatch(s -> s.start() < end && start < s.end());
    }
}
