package org.septel.extraction.internal;

/** Who must act: a person's full name or an office, its organisation, and whether it is the U.S. side. */
record Actor(String name, String org, boolean usSide, boolean named) {

    static final Actor UNKNOWN = new Actor(null, null, false, false);

    boolean known() {
        return name != null;
    }
}
