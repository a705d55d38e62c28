package org.septel.commitment;

/** Why an owner is reminded. */
public enum ReminderKind {
    /** Some business days before a hard due date. */
    BEFORE_DUE,
    /** On the soft follow-up date of an item without a hard due date. */
    FOLLOW_UP_DATE
}
