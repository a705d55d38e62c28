package org.septel.cable.internal;

import java.time.Instant;

/** The few header fields the intake needs to file a cable. */
public record CableHeader(String id, String subject, Instant dtg, String classification) {
}
