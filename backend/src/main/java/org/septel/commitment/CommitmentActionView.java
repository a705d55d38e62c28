package org.septel.commitment;

import java.time.Instant;

/** One entry of a commitment's action history ("REASSIGNED", "CHASE_REQUESTED", "REPLY_CONFIRMED", ...). */
public record CommitmentActionView(String action, String by, Instant at, String detail) {
}
