package org.septel.audit;

import java.time.Instant;

/** One refused access: who asked for what, why it was refused, and when. */
public record AccessDenial(Instant at, String username, String resource, String reason) {
}
