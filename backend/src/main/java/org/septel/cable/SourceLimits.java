package org.septel.cable;

/**
 * Limits on what an import reads, so that no input (a zip bomb, a huge file, a zip of a million entries) can
 * exhaust memory or time.
 */
public record SourceLimits(int maxFileBytes, int maxZipEntries, long maxZipUnpackedBytes) {

    public static SourceLimits defaults() {
        return new SourceLimits(CableIntake.MAX_FILE_BYTES, 300_000, 4L * 1024 * 1024 * 1024);
    }
}
