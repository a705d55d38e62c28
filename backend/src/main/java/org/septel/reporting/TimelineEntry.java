package org.septel.reporting;

import java.time.Instant;

/** One thing that happened to a follow-up: when, what (in words), and who did it (null for the system). */
public record TimelineEntry(Instant at, String what, String who) {
}
