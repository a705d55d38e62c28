package org.septel.reporting;

import java.time.LocalDate;

/** How long an overdue follow-up has been overdue, in whole days after its due date. */
public enum AgeBucket {
    DAYS_1_7("1-7 days", 1, 7),
    DAYS_8_30("8-30 days", 8, 30),
    DAYS_31_90("31-90 days", 31, 90),
    DAYS_OVER_90("90+ days", 91, Integer.MAX_VALUE);

    private final String label;
    private final int fromDays;
    private final int toDays;

    AgeBucket(String label, int fromDays, int toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public String label() {
        return label;
    }

    /** The latest due date in this bucket, seen from today. */
    LocalDate dueOnOrBefore(LocalDate today) {
        return today.minusDays(fromDays);
    }

    /** The earliest due date in this bucket, or null for the open-ended last one. */
    LocalDate dueOnOrAfter(LocalDate today) {
        return toDays == Integer.MAX_VALUE ? null : today.minusDays(toDays);
    }
}
