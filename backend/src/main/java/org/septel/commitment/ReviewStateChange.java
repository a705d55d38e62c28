package org.septel.commitment;

import java.time.Instant;

/** One entry of a candidate's review history. */
public record ReviewStateChange(Instant at, String by, ReviewState state) {
}
