package org.septel.audit;

import java.time.Instant;

/**
 * One changed field in the audit trail: who changed what, when, from which value to which. {@code subject} names
 * the thing ("follow-up 51 of 08OTTAWA1245", "staff officer"); values are the tracked state fields only (owner,
 * dates, status, clearance), never text copied from a cable.
 */
public record TrailEntry(Instant at, String by, String subject, String field, String from, String to) {
}
