package org.septel.cable;

/** What became of one cable handed to {@link CableIntake}, in the words every report (screen, API, CLI) uses. */
public sealed interface IntakeResult {

    /** The cable's id, or null when none could be read. */
    CableId cableId();

    /** One word for the outcome: imported, duplicate, revision or rejected. */
    String outcome();

    /** Why, in plain words; empty for a cable that was simply filed. */
    String explanation();

    /** The cable was new: it is stored and its case was started. */
    record Filed(CableId cableId) implements IntakeResult {
        public String outcome() {
            return "imported";
        }

        public String explanation() {
            return "";
        }
    }

    /** The same text is already on file under this id: nothing changed. */
    record AlreadyOnFile(CableId cableId) implements IntakeResult {
        public String outcome() {
            return "duplicate";
        }

        public String explanation() {
            return "already on file";
        }
    }

    /** A different text is on file under this id; it was kept as a revision, not written over. */
    record ConflictingText(CableId cableId) implements IntakeResult {
        public String outcome() {
            return "revision";
        }

        public String explanation() {
            return "a different text is on file; kept as a revision";
        }
    }

    /** The input is not a cable Septel can file; {@code reason} says why in plain words. */
    record Rejected(String sourceName, String reason) implements IntakeResult {
        public CableId cableId() {
            return null;
        }

        public String outcome() {
            return "rejected";
        }

        public String explanation() {
            return reason;
        }
    }
}
