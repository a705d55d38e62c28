package org.septel.extraction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

/** Builds small parsed cables from numbered paragraph bodies, for behaviour tests. */
final class Cables {

    private Cables() {
    }

    static ParsedCable of(String id, String origin, String dtg, String... paragraphBodies) {
        StringBuilder text = new StringBuilder("SUBJECT: TEST\n\n");
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < paragraphBodies.length; i++) {
            int start = text.length();
            String prefix = (i + 1) + ". (C) ";
            text.append(prefix).append(paragraphBodies[i]);
            paragraphs.add(new Paragraph(i + 1, "C", paragraphBodies[i], start, text.length()));
            text.append("\n\n");
        }
        return new ParsedCable(id, origin, dtg == null ? null : Instant.parse(dtg), "PRIORITY", "CONFIDENTIAL",
                List.of(), List.of(), "TEST", List.of(), "SIGNER", List.of("AMEMBASSY BERLIN PRIORITY"), List.of(),
                paragraphs, List.of(), text.toString());
    }
}
