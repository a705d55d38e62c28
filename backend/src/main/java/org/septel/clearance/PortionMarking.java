package org.septel.clearance;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A paragraph's portion marking read as a level and the caveats that restrict it: {@code S/NF} is SECRET and
 * NOFORN; {@code C/REL CAN} is CONFIDENTIAL, releasable to Canada (no restriction for U.S. readers);
 * {@code SBU} is unclassified. A marking Septel cannot read is treated as the cable's own classification, never lower.
 */
public record PortionMarking(Classification level, Set<String> caveats) {

    public static final String NOFORN = "NOFORN";

    public PortionMarking {
        caveats = Set.copyOf(caveats);
    }

    public static PortionMarking read(String marking, Classification cableLevel) {
        if (marking == null || marking.isBlank()) {
            return new PortionMarking(cableLevel, Set.of());
        }
        String[] parts = marking.toUpperCase(Locale.ROOT).split("/");
        Classification level = Classification.parse(parts[0]).orElse(cableLevel);
        Set<String> caveats = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.equals("NF") || part.equals("NOFORN")) {
                caveats.add(NOFORN);
            }
        }
        return new PortionMarking(level, caveats);
    }

    public String shortForm() {
        return level.letter() + (caveats.contains(NOFORN) ? "/NF" : "");
    }
}
