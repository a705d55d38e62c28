package org.septel.cable;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Bulk import: reads the sources one file at a time and files every cable in them, each in its own transaction.
 * A bad cable is reported and skipped; the others land once. Because filing is idempotent, re-running an import
 * that was cancelled or killed files exactly what is missing.
 *
 * <p>With more than one worker, one thread reads the sources into a small bounded queue and the workers file from
 * it: reading never runs ahead of filing by more than the queue holds (backpressure), and a slow database slows
 * the reader instead of filling the heap. Progress lines then arrive in the order cables finish, not file order.
 */
@Service
public class CableImport {

    private final CableIntake intake;

    CableImport(CableIntake intake) {
        this.intake = intake;
    }

    /** Files the sources one after another on the calling thread. */
    public ImportSummary run(Iterable<SourceFile> sources, Consumer<ImportLine> progress, BooleanSupplier cancelled) {
        return run(sources, 1, progress, cancelled);
    }

    /** Files the sources with {@code workers} threads (1: on the calling thread); {@code progress} is called by one thread at a time. */
    public ImportSummary run(Iterable<SourceFile> sources, int workers, Consumer<ImportLine> progress,
            BooleanSupplier cancelled) {
        Tally tally = new Tally(progress);
        if (workers <= 1) {
            int number = 0;
            for (SourceFile source : sources) {
                if (cancelled.getAsBoolean()) {
                    return tally.summary(true);
                }
                fileOne(++number, source, tally);
            }
            return tally.summary(false);
        }
        boolean wasCancelled = new ImportWorkers(workers, (number, source) -> fileOne(number, source, tally))
                .drain(sources, cancelled);
        return tally.summary(wasCancelled);
    }

    private void fileOne(int number, SourceFile source, Tally tally) {
        tally.file();
        if (!source.isReadable()) {
            tally.add(new ImportLine(number, source.name(), new IntakeResult.Rejected(source.name(), source.problem())));
            return;
        }
        for (IntakeResult result : fileRetryingOnce(source)) {
            tally.add(new ImportLine(number, sourceOf(source, result), result));
        }
    }

    /**
     * Two workers can file the same cable id at once (a cable in two input files); the second insert then fails on
     * the primary key and rolls back. Filed again, it finds the first one on file: the normal idempotent answer.
     */
    private List<IntakeResult> fileRetryingOnce(SourceFile source) {
        try {
            return intake.file(source.name(), source.bytes());
        } catch (RuntimeException raced) {
            if (!isUniqueKeyViolation(raced)) {
                throw raced;
            }
            return intake.file(source.name(), source.bytes());
        }
    }

    private static boolean isUniqueKeyViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true; // unique violation, in PostgreSQL and H2 alike
            }
        }
        return false;
    }

    private static String sourceOf(SourceFile source, IntakeResult result) {
        return result instanceof IntakeResult.Rejected rejected ? rejected.sourceName() : source.name();
    }

    /** Counts and reports results; workers call it concurrently, so it serialises. */
    private static final class Tally {
        private final Consumer<ImportLine> progress;
        private int files;
        private int filed;
        private int onFile;
        private int revisions;
        private int rejected;

        Tally(Consumer<ImportLine> progress) {
            this.progress = progress;
        }

        synchronized void file() {
            files++;
        }

        synchronized void add(ImportLine line) {
            IntakeResult result = line.result();
            if (result instanceof IntakeResult.Filed) {
                filed++;
            } else if (result instanceof IntakeResult.AlreadyOnFile) {
                onFile++;
            } else if (result instanceof IntakeResult.ConflictingText) {
                revisions++;
            } else {
                rejected++;
            }
            progress.accept(line);
        }

        synchronized ImportSummary summary(boolean cancelled) {
            return new ImportSummary(files, filed, onFile, revisions, rejected, cancelled);
        }
    }
}
