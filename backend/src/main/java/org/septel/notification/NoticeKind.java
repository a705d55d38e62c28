package org.septel.notification;

/** The notices a person can choose to receive. */
public enum NoticeKind {
    /** Before a follow-up's due date, and on its follow-up date. */
    REMINDER,
    /** A follow-up went overdue: to its owner, and to the managers of its desk. */
    OVERDUE,
    /** Once a week, to managers: overdue by desk and owner, slips this week, promises kept. */
    WEEKLY_DIGEST,
    /** A later cable looks like the reply that fulfils a follow-up. */
    REPLY_MATCHED
}
