package org.septel.cable;

/** What happened to one cable (or one unreadable input) in an import. */
public record ImportLine(int fileNumber, String source, IntakeResult result) {
}
