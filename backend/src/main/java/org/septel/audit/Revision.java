package org.septel.audit;

import java.time.Instant;

/** One version of an audited entity: what it looked like, who changed it, when, and how. */
public record Revision<T>(T entity, int number, Instant at, String by, Change change) {

    public enum Change {
        CREATED,
        CHANGED,
        DELETED
    }
}
