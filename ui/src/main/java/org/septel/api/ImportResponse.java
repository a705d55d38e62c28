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
            if (result instanceof IntakeResult.Filed filed) {
                return new Line(line.source(), filed.cableId().value(), "imported", null);
            }
            if (result instanceof IntakeResult.AlreadyOnFile onFile) {
                return new Line(line.source(), onFile.cableId().value(), "duplicate", "already on file");
            }
            if (result instanceof IntakeResult.ConflictingText conflict) {
                return new Line(line.source(), conflict.cableId().value(), "revision",
                        "a different text is on file; kept as a revision");
            }
            return new Line(line.source(), null, "rejected", ((IntakeResult.Rejected) result).reason());
        }
    }
}
