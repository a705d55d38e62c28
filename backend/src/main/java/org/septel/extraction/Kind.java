package org.septel.extraction;

/** What sort of follow-up a clause states. */
public enum Kind {
    PROMISE("promise"),
    REQUEST("request"),
    TASKING("tasking"),
    PLANNED_DELIVERABLE("planned_deliverable");

    private final String jsonName;

    Kind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Kind fromJsonName(String name) {
        for (Kind kind : values()) {
            if (kind.jsonName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + name);
    }
}
