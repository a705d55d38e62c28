package org.septel.workflow;

import java.util.List;
import java.util.Objects;

/** The person asking for work items: their username and the candidate groups they belong to. */
public record Actor(String username, List<String> groups) {

    public Actor {
        Objects.requireNonNull(username, "username");
        groups = List.copyOf(groups);
    }
}
