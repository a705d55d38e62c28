package org.septel.clearance;

import java.util.Objects;
import java.util.Set;

/**
 * The person a cable is shown to: who (for the access log), what they are cleared for, and which desks' cables
 * they may open ({@code allDesks} for administrators).
 */
public record Reader(String username, Clearance clearance, Set<String> deskGroups, boolean allDesks) {

    /** Cables no rule routed are offered to every desk officer. */
    public static final String UNROUTED = "desk-officers";

    public Reader {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clearance, "clearance");
        deskGroups = Set.copyOf(deskGroups);
    }

    /** A reader for whom desks do not matter: system work, and tests of clearance alone. */
    public static Reader anyDesk(String username, Clearance clearance) {
        return new Reader(username, clearance, Set.of(), true);
    }

    /** Whether the reader works on this desk: they may act on its cables. */
    public boolean mayOpenDesk(String cableDesk) {
        return allDesks || cableDesk == null || UNROUTED.equals(cableDesk) || deskGroups.contains(cableDesk);
    }

    /** Whether the reader may read a cable of this desk: their own desk's, or as a desk it was sent to for INFO. */
    public boolean mayRead(String cableDesk, Set<String> infoDesks) {
        return mayOpenDesk(cableDesk) || infoDesks.stream().anyMatch(deskGroups::contains);
    }
}
