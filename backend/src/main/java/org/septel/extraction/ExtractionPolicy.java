package org.septel.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Tunables of the extractor (follow-up business days per time class, fuzzy-range widths, confidence cut-off,
 * holiday calendar), read from {@code /extraction/policy.properties}; any key can be overridden.
 */
public final class ExtractionPolicy {

    private static final String RESOURCE = "/extraction/policy.properties";

    private final Properties values;
    private final BusinessCalendar calendar;

    private ExtractionPolicy(Properties values, BusinessCalendar calendar) {
        this.values = values;
        this.calendar = calendar;
    }

    public static ExtractionPolicy defaults() {
        return fromProperties(loadDefaults());
    }

    /** The bundled defaults with some keys replaced, e.g. {@code followup.asap.business_days=14}. */
    public static ExtractionPolicy withOverrides(Map<String, String> overrides) {
        Properties merged = loadDefaults();
        merged.putAll(overrides);
        return fromProperties(merged);
    }

    /** Same as {@link #withOverrides(Map)} but with a calendar built elsewhere (a post's host-country list). */
    public static ExtractionPolicy withOverrides(Map<String, String> overrides, BusinessCalendar calendar) {
        Properties merged = loadDefaults();
        merged.putAll(overrides);
        return new ExtractionPolicy(merged, calendar);
    }

    public static ExtractionPolicy fromProperties(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        String calendarResource = copy.getProperty("calendar.resource");
        BusinessCalendar calendar = calendarResource == null
                ? BusinessCalendar.usFederal()
                : BusinessCalendar.fromResource(calendarResource);
        return new ExtractionPolicy(copy, calendar);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public int asapBusinessDays() {
        return intValue("followup.asap.business_days");
    }

    public int unspecifiedBusinessDays() {
        return intValue("followup.unspecified.business_days");
    }

    public int eventBusinessDays() {
        return intValue("followup.event.business_days");
    }

    public int conditionBusinessDays() {
        return intValue("followup.condition.business_days");
    }

    public int noTimeBusinessDays() {
        return intValue("followup.none.business_days");
    }

    public int datedLeadBusinessDays() {
        return intValue("followup.dated.lead_business_days");
    }

    public double minimumConfidence() {
        return Double.parseDouble(required("confidence.minimum"));
    }

    public int earlyMonths() {
        return intValue("fuzzy.early.months");
    }

    public int lateMonths() {
        return intValue("fuzzy.late.months");
    }

    public int firstFewMonths() {
        return intValue("fuzzy.first_few.months");
    }

    public int nearEndDays() {
        return intValue("fuzzy.near_end.days");
    }

    private int intValue(String key) {
        return Integer.parseInt(required(key).trim());
    }

    private String required(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("policy key missing: " + key);
        }
        return value.trim();
    }

    private static Properties loadDefaults() {
        Properties properties = new Properties();
        try (InputStream in = ExtractionPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
