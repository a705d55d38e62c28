package org.septel.reporting;

/** The one-click filters of a work list; several chosen together must all hold. */
public enum QuickFilter {
    /** Not closed and the due date is before today. */
    OVERDUE("Overdue"),
    /** Not closed and due from today to the end of this week (Sunday). */
    DUE_THIS_WEEK("Due this week"),
    /** Not closed and the follow-up date has come: time to chase the counterpart. */
    CHASE_NOW("Chase now"),
    /** No due date at all. */
    NO_DUE_DATE("No due date"),
    /** The due date hangs on an event or a condition whose date is not known yet. */
    WAITING_ON_EVENT("Waiting on an event");

    private final String label;

    QuickFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
