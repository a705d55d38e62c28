package org.septel.cable;

/** What became of one cable handed to {@link CableIntake}. */
public sealed interface IntakeResult {

    /** The cable was new: it is stored and its case was started. */
    record Filed(CableId cableId) implements IntakeResult {
    }

    /** The same text is already on file under this id: nothing changed. */
    record AlreadyOnFile(CableId cableId) implements IntakeResult {
    }

    /** A different text is on file under this id; it was not overwritten. */
    record ConflictingText(CableId cableId) implements IntakeResult {
    }

    /** The input is not a cable Septel can file; {@code reason} says why in plain words. */
    record Rejected(String sourceName, String reason) implements IntakeResult {
    }
}
