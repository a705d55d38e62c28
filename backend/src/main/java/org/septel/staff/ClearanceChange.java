package org.septel.staff;

import org.septel.clearance.Clearance;

import java.time.Instant;

/** One entry of a person's clearance history. */
public record ClearanceChange(Instant at, String by, Clearance clearance) {
}
