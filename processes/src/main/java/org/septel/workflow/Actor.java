package org.septel.workflow;

import org.septel.clearance.Clearance;
import org.septel.clearance.Reader;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The person asking for work items: their username, their candidate groups, and what they are cleared to read. */
public record Actor(String username, List<String> groups, Clearance clearance) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clearance, "clearance");
        groups = List.copyOf(groups);
    }

    public Reader reader() {
        return new Reader(username, clearance, Set.copyOf(groups), false);
    }
}
