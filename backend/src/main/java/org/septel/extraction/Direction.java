package org.septel.extraction;

/** Who owes whom: the desk officer chases counterparts for the first and is chased for the second. */
public enum Direction {
    OWED_TO_US("owed_to_us"),
    OWED_BY_US("owed_by_us"),
    THIRD_PARTY("third_party");

    private final String jsonName;

    Direction(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Direction fromJsonName(String name) {
        for (Direction direction : values()) {
            if (direction.jsonName.equals(name)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown direction: " + name);
    }
}
