package org.septel.workflow;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** Weekend-aware date arithmetic; holidays come with the configurable calendar of the workflow issue. */
final class BusinessDays {

    private BusinessDays() {
    }

    static ZonedDateTime plus(ZonedDateTime start, int businessDays) {
        ZonedDateTime date = start;
        int added = 0;
        while (added < businessDays) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}
