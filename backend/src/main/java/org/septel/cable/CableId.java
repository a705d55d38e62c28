package org.septel.cable;

import java.util.Objects;
import java.util.regex.Pattern;

/** Canonical cable reference id: two-digit year, station, serial without leading zeros ({@code 08OTTAWA1245}). */
public record CableId(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern CANONICAL = Pattern.compile("[0-9]{2}[A-Z][A-Z0-9]{1,40}[1-9][0-9]{0,8}");

    public CableId {
        Objects.requireNonNull(value, "cable id");
        if (!CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a canonical cable id: '" + value + "'");
        }
    }

    public static CableId of(String value) {
        return new CableId(value);
    }

    public static boolean isCanonical(String value) {
        return value != null && value.length() <= MAX_LENGTH && CANONICAL.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
