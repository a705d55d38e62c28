package org.septel.cable;

/** Counts of an import, for the end of a command-line run or the foot of the result table. */
public record ImportSummary(int files, int filed, int alreadyOnFile, int revisions, int rejected, boolean cancelled) {

    public int cables() {
        return filed + alreadyOnFile + revisions;
    }

    @Override
    public String toString() {
        return "%,d files: %,d filed, %,d already on file, %,d different texts kept as revisions, %,d rejected%s"
                .formatted(files, filed, alreadyOnFile, revisions, rejected, cancelled ? " (cancelled)" : "");
    }
}
