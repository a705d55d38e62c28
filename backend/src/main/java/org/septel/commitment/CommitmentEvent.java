package org.septel.commitment;

import org.septel.cable.CableId;

import java.time.LocalDate;

/**
 * What happened to a commitment, published inside the transaction that changed it, so that a listener writing
 * (for example) a mail to an outbox commits or rolls back together with the change: a timer that fires twice
 * changes nothing the second time and so publishes nothing.
 */
public sealed interface CommitmentEvent {

    long commitmentId();

    CableId cableId();

    /** A confirmed candidate became a tracked follow-up. */
    record Opened(long commitmentId, CableId cableId, String owner) implements CommitmentEvent {
    }

    /** A manager gave the follow-up to someone else. */
    record Reassigned(long commitmentId, CableId cableId, String previousOwner, String owner)
            implements CommitmentEvent {
    }

    /** The event an anchored follow-up waited on is known: it now has a due date. */
    record AnchorSet(long commitmentId, CableId cableId, String owner, LocalDate dueDate) implements CommitmentEvent {
    }

    /** A reminder was recorded for the owner (exactly once per commitment, kind and date). */
    record ReminderRecorded(long commitmentId, CableId cableId, ReminderKind kind, LocalDate forDate,
            String recipient) implements CommitmentEvent {
    }

    /** The due date passed; the owner and their managers should hear of it. */
    record WentOverdue(long commitmentId, CableId cableId, String owner, LocalDate dueDate) implements CommitmentEvent {
    }

    /** The due date moved; a slip was recorded. */
    record Slipped(long commitmentId, CableId cableId, String owner, LocalDate oldDueDate, LocalDate newDueDate,
            String reason, String approvedBy) implements CommitmentEvent {
    }

    /** The commitment was closed (fulfilled, partly fulfilled or withdrawn). */
    record Closed(long commitmentId, CableId cableId, String owner, CommitmentStatus status)
            implements CommitmentEvent {
    }

    /** A later cable looks like the reply that fulfils this commitment; a person has to confirm it. */
    record ReplyMatched(long commitmentId, CableId cableId, String owner, CableId replyCableId)
            implements CommitmentEvent {
    }
}
