package org.septel.cable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Bulk import: reads the sources one file at a time and files every cable in them. A bad cable is reported and
 * skipped; the others land once. Because filing is idempotent, re-running an import that was cancelled or killed
 * files exactly what is missing.
 *
 * <p>The interactive import (screens, REST: {@link #run(Iterable, Consumer, BooleanSupplier)}) files each cable in
 * its own transaction, so progress and cancel act per cable. The bulk import ({@link #run(Iterable, int, Consumer,
 * BooleanSupplier)}, {@code septel import}) files up to {@code septel.import.cables-per-transaction} files in one
 * transaction (ADR 25): a cable and its case still commit together, a chunk commits whole or not at all, and when
 * anything in a chunk fails the chunk is rolled back and filed again one file per transaction, so one bad cable
 * costs its chunk a second pass and never takes the others down. Progress lines are reported after the commit.
 *
 * <p>With more than one worker, one thread reads the sources into a small bounded queue and the workers file from
 * it: reading never runs ahead of filing by more than the queue holds (backpressure), and a slow database slows
 * the reader instead of filling the heap. Progress lines then arrive in the order chunks finish, not file order.
 */
@Service
public class CableImport {

    private static final Logger log = LoggerFactory.getLogger(CableImport.class);

    private final CableIntake intake;
    private final TransactionTemplate chunkTransaction;
    private final int perTransaction;

    CableImport(CableIntake intake, PlatformTransactionManager transactions,
            @Value("${septel.import.cables-per-transaction:25}") int perTransaction) {
        this.intake = intake;
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.perTransaction = Math.max(1, perTransaction);
    }

    /** Files the sources one after another on the calling thread, each cable in its own transaction. */
    public ImportSummary run(Iterable<SourceFile> sources, Consumer<ImportLine> progress, BooleanSupplier cancelled) {
        Tally tally = new Tally(progress);
        int number = 0;
        for (SourceFile source : sources) {
            if (cancelled.getAsBoolean()) {
                return tally.summary(true);
            }
            tally.file();
            tally.addAll(fileOne(++number, source));
        }
        return tally.summary(false);
    }

    /**
     * Bulk import with {@code workers} threads (1: on the calling thread), several files per transaction;
     * {@code progress} is called by one thread at a time.
     */
    public ImportSummary run(Iterable<SourceFile> sources, int workers, Consumer<ImportLine> progress,
            BooleanSupplier cancelled) {
        Tally tally = new Tally(progress);
        if (workers <= 1) {
            ImportWorkers.Chunker chunker = new ImportWorkers.Chunker(perTransaction);
            int number = 0;
            for (SourceFile source : sources) {
                if (cancelled.getAsBoolean()) {
                    return tally.summary(true); // the chunk in hand is not filed: a re-run picks it up
                }
                for (List<ImportWorkers.Numbered> chunk : chunker.add(new ImportWorkers.Numbered(++number, source))) {
                    fileChunk(chunk, tally);
                }
            }
            fileChunk(chunker.rest(), tally);
            return tally.summary(false);
        }
        boolean wasCancelled = new ImportWorkers(workers, perTransaction, chunk -> fileChunk(chunk, tally))
                .drain(sources, cancelled);
        return tally.summary(wasCancelled);
    }

    /** Files a chunk in one transaction; if that fails for any reason, files it again one source at a time. */
    private void fileChunk(List<ImportWorkers.Numbered> chunk, Tally tally) {
        if (chunk.isEmpty()) {
            return;
        }
        chunk.forEach(next -> tally.file());
        if (chunk.size() > 1) {
            try {
                List<ImportLine> lines = chunkTransaction.execute(status -> {
                    List<ImportLine> filed = new ArrayList<>();
                    for (ImportWorkers.Numbered next : chunk) {
                        SourceFile source = next.source();
                        filed.addAll(source.isReadable()
                                ? linesFor(next.number(), source, intake.file(source.name(), source.bytes()))
                                : fileOne(next.number(), source));
                    }
                    return filed;
                });
                tally.addAll(lines);
                return;
            } catch (RuntimeException chunkFailed) {
                log.info("A chunk of {} files (from {}) failed as a whole ({}); filing its files one at a time",
                        chunk.size(), chunk.get(0).source().name(), chunkFailed.getClass().getSimpleName());
            }
        }
        for (ImportWorkers.Numbered next : chunk) {
            tally.addAll(fileOne(next.number(), next.source()));
        }
    }

    private List<ImportLine> fileOne(int number, SourceFile source) {
        if (!source.isReadable()) {
            return List.of(new ImportLine(number, source.name(), new IntakeResult.Rejected(source.name(), source.problem())));
        }
        try {
            return linesFor(number, source, fileRetryingOnce(source));
        } catch (RuntimeException refused) {
            String state = sqlState(refused);
            if (state == null || !(state.startsWith("22") || state.startsWith("23"))) {
                throw refused; // not this file's fault (database gone, bug): stop the import, a re-run resumes it
            }
            // A value the database refuses (too long, out of range, a broken constraint) is this file's problem.
            log.warn("The database refused {} (SQLSTATE {}); skipped", source.name(), state);
            return List.of(new ImportLine(number, source.name(), new IntakeResult.Rejected(source.name(),
                    "the database refused to store it (SQLSTATE " + state + ")")));
        }
    }

    private static List<ImportLine> linesFor(int number, SourceFile source, List<IntakeResult> results) {
        List<ImportLine> lines = new ArrayList<>(results.size());
        for (IntakeResult result : results) {
            lines.add(new ImportLine(number, sourceOf(source, result), result));
        }
        return lines;
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
        return "23505".equals(sqlState(failure)); // unique violation, in PostgreSQL and H2 alike
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
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

        synchronized void addAll(List<ImportLine> lines) {
            lines.forEach(this::add);
        }

        private void add(ImportLine line) {
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
