package org.septel.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * Which rows may go and when. {@code deleteBatch} is one conditional {@code DELETE} with two parameters, the
 * cut-off instant and the batch size, that deletes at most one batch of rows older than the cut-off; {@code what} names the rows in logs
 * and in the {@code septel.retention.deleted} metric. A {@code keep} of zero or less keeps everything.
 */
public record RetentionRule(String what, String deleteBatch, Duration keep) {

    public RetentionRule {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(deleteBatch, "deleteBatch");
        Objects.requireNonNull(keep, "keep");
    }

    boolean keepsEverything() {
        return keep.isZero() || keep.isNegative();
    }
}
