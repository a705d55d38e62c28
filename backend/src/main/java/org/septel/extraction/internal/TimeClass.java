package org.septel.extraction.internal;

/** The time classes of DOMAIN.md's "Turning time words into dates" table. */
public enum TimeClass {
    ASAP,
    UNSPECIFIED,
    POINT,
    FUZZY,
    ROLLING,
    EVENT,
    CONDITION;

    boolean isCalendar() {
        return this == POINT || this == FUZZY || this == ROLLING;
    }
}
