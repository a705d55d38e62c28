package org.septel.commitment;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a commitment's slip history. */
public record SlipView(LocalDate oldDueDate, LocalDate newDueDate, String reason, String approvedBy, Instant slippedAt) {
}
