package org.septel.extraction.internal;

import java.time.LocalDate;

/**
 * A time phrase found in text, with offsets relative to the scanned string. {@code earliest..latest} is the range
 * it denotes ({@code latest} null when open); {@code referenceDate} is a date named inside an event or condition.
 */
public record TimeExpression(
        int start,
        int end,
        String text,
        TimeClass timeClass,
        LocalDate earliest,
        LocalDate latest,
        LocalDate referenceDate) {

    TimeExpression shifted(int offset) {
        return new TimeExpression(start + offset, end + offset, text, timeClass, earliest, latest, referenceDate);
    }
}
