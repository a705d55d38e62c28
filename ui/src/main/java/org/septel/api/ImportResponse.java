package org.septel.api;

import org.septel.cable.ImportLine;
import org.septel.cable.ImportSummary;
import org.septel.cable.IntakeResult;

import java.util.List;

/** What an import did, in the same words as the import screen. */
record ImportResponse(ImportSummary summary, List<Line> results) {

    record Line(String source, String cable, String outcome, String reason) {

        static Line of(ImportLine line) {
            IntakeResult result = line.result();
            return new Line(line.source(), result.cableId() == null ? null : result.cableId().value(), result.outcome(),
                    result.explanation().isEmpty() ? null : result.explanation());
        }
    }
}
