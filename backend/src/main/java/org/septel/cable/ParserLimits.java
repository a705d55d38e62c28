package org.septel.cable;

/** Resource limits for one parse call. */
public record ParserLimits(int maxBytes) {

    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    public ParserLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    public static ParserLimits defaults() {
        return new ParserLimits(DEFAULT_MAX_BYTES);
    }
}
