package org.septel.reporting;

/** Open follow-ups of one group (a desk, an owner, an organisation, a TAGS word): how many overdue, how many due this week. */
public record Tally(String key, long overdue, long dueSoon) {

    Tally plus(long moreOverdue, long moreDueSoon) {
        return new Tally(key, overdue + moreOverdue, dueSoon + moreDueSoon);
    }
}
