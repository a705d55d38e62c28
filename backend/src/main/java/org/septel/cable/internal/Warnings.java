package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;

/** The parser's notes on what it guessed or repaired, capped so that a pathological input cannot flood them. */
final class Warnings {

    private static final int MAX_KEPT = 30;

    private final List<String> kept = new ArrayList<>();
    private int dropped;

    /** False once the cap is reached, so callers can skip building a message nobody will read. */
    boolean accepting() {
        if (kept.size() < MAX_KEPT) {
            return true;
        }
        dropped++;
        return false;
    }

    void add(String warning) {
        if (kept.size() < MAX_KEPT) {
            kept.add(warning);
        } else {
            dropped++;
        }
    }

    List<String> toList() {
        if (dropped == 0) {
            return kept;
        }
        List<String> all = new ArrayList<>(kept);
        all.add("... and " + dropped + " more warnings");
        return all;
    }
}
