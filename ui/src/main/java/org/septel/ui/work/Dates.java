package org.septel.ui.work;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates in the user's language and time zone. Dates stored as dates (due dates) have no zone; instants (timeline)
 * are shown in the browser's zone once it has told us, in UTC until then (and the zone is named).
 */
public final class Dates {

    private static final String ZONE_ATTRIBUTE = "septel.zone";

    private Dates() {
    }

    /** Remembers the browser's time zone for this session (MainLayout asks the browser once). */
    public static void rememberZone(VaadinSession session, String zoneId) {
        try {
            session.setAttribute(ZONE_ATTRIBUTE, ZoneId.of(zoneId).getId());
        } catch (DateTimeException | NullPointerException ignored) {
            // an unknown zone id: stay with UTC
        }
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof String id ? ZoneId.of(id) : ZoneOffset.UTC;
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        ZoneId zone = zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(instant) + " " + zone.getId().replace("Z", "UTC");
    }
}
