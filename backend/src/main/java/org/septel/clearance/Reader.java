package org.septel.clearance;

import java.util.Objects;

/** The person a cable is shown to: who (for the access log) and what they are cleared for. */
public record Reader(String username, Clearance clearance) {

    public Reader {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clearance, "clearance");
    }
}
