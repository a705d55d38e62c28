package org.septel.reporting;

import java.time.LocalDate;

/**
 * One row of a work list. The title is built only from text the reader may read: when the follow-up's evidence
 * lies in a paragraph withheld from them, the title says so and names no counterpart or action.
 *
 * @param commitmentId the tracked follow-up, or null for an unreviewed candidate
 * @param candidateId  the candidate it came from (always set)
 * @param counterpart  who owes or is owed (null when withheld or unknown)
 * @param marking      the cable's overall marking in short form, e.g. {@code S/NF}
 * @param desk         the cable's desk group, or null when unrouted
 * @param confidence   the extractor's confidence, 0..1
 */
public record WorkRow(Long commitmentId, long candidateId, String cableId, String title, String counterpart,
        String counterpartOrg, String action, LocalDate dueDate, LocalDate followUpDate, WorkStatus status,
        String marking, String owner, String desk, double confidence, boolean withheld) {

    public boolean isCandidate() {
        return commitmentId == null;
    }

    /** Open or overdue and the due date is before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !status.isClosed() && status != WorkStatus.UNREVIEWED && dueDate != null && dueDate.isBefore(today)
                || status == WorkStatus.OVERDUE;
    }

    /** Not closed and due from today to Sunday of this week. */
    public boolean isDueThisWeek(LocalDate today) {
        return !status.isClosed() && dueDate != null && !dueDate.isBefore(today) && !dueDate.isAfter(Weeks.sunday(today));
    }
}
