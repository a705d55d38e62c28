package org.septel.clearance;

import java.util.Set;

/** What a person is cleared to read: a level and the caveats they may see (for example NOFORN). */
public record Clearance(Classification level, Set<String> caveats) {

    public Clearance {
        caveats = Set.copyOf(caveats);
    }

    public static Clearance of(Classification level, String... caveats) {
        return new Clearance(level, Set.of(caveats));
    }

    public boolean covers(PortionMarking marking) {
        return level.covers(marking.level()) && caveats.containsAll(marking.caveats());
    }
}
