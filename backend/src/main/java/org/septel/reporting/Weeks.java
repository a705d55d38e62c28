package org.septel.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Week arithmetic shared by filters and reports: weeks run Monday to Sunday. */
final class Weeks {

    private Weeks() {
    }

    static LocalDate sunday(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
