package org.septel.extraction;

/** What a due range hangs on. */
public enum Anchor {
    /** Relative to the cable's date-time group. */
    DCT,
    /** Tied to an event whose date is not known yet ("before the next quadripartite meeting"). */
    EVENT,
    /** Waits on a condition ("until the election results are clear"). */
    CONDITION,
    /** No time words at all. */
    NONE
}
