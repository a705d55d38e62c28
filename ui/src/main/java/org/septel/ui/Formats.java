package org.septel.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the screens write dates and times: stored in UTC, shown in UTC with the zone named. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "no due date" : DATE_TIME.format(instant);
    }
}
