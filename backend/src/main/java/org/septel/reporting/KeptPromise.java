package org.septel.reporting;

import java.time.LocalDate;

/**
 * A follow-up fulfilled within a window, kept on time (on or before the due date first given, before any slip, or with
 * none) or late. The counterpart's names are null when the follow-up's evidence is withheld from the reader.
 */
public record KeptPromise(long commitmentId, String cableId, String owner, String counterpart, String counterpartOrg,
        boolean withheld, LocalDate promisedBy, LocalDate keptOn, boolean onTime) {
}
