package org.septel.clearance;

import java.util.Locale;
import java.util.Optional;

/** Classification levels, lowest first: a clearance at a level covers that level and those below it. */
public enum Classification {
    UNCLASSIFIED("U"),
    CONFIDENTIAL("C"),
    SECRET("S");

    private final String letter;

    Classification(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }

    public boolean covers(Classification other) {
        return compareTo(other) >= 0;
    }

    /** Reads a cable's overall classification as the parser writes it; unknown or missing counts as SECRET. */
    public static Classification ofCable(String written) {
        return parse(written).orElse(SECRET);
    }

    public static Optional<Classification> parse(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String word = written.strip().toUpperCase(Locale.ROOT);
        if (word.startsWith("UNCLAS") || word.equals("U") || word.equals("SBU")) {
            return Optional.of(UNCLASSIFIED);
        }
        if (word.startsWith("CONF") || word.equals("C")) {
            return Optional.of(CONFIDENTIAL);
        }
        if (word.startsWith("SECRET") || word.equals("S")) {
            return Optional.of(SECRET);
        }
        return Optional.empty();
    }
}
