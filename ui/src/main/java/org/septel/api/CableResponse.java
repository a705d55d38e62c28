package org.septel.api;

import org.septel.clearance.ClearedCable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A cable as the caller may read it. When it is above their clearance only {@code id}, {@code marking} and
 * {@code withheld} are set; withheld paragraphs appear in {@code text} as "paragraph N - withheld (S)".
 */
record CableResponse(String id, String marking, String markingInWords, boolean withheld, String subject, Instant dtg,
        String origin, String precedence, String tags, List<String> references, List<String> to, List<String> info,
        String text, Set<Integer> withheldParagraphs) {

    static CableResponse of(ClearedCable cable) {
        if (cable.withheld()) {
            return new CableResponse(cable.id().value(), cable.marking(), cable.markingInWords(), true, null, null,
                    null, null, null, List.of(), List.of(), List.of(), null, Set.of());
        }
        return new CableResponse(cable.id().value(), cable.marking(), cable.markingInWords(), false, cable.subject(),
                cable.dtg(), cable.origin(), cable.precedence(), cable.tags(), cable.references(), cable.to(),
                cable.info(), cable.visibleText(), cable.withheldParagraphs());
    }
}
