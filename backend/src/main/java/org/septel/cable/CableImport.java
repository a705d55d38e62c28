package org.septel.cable;

import org.springframework.stereotype.Service;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Bulk import: reads the sources one file at a time and files every cable in them, each in its own transaction.
 * A bad cable is reported and skipped; the others land once. Because filing is idempotent, re-running an import
 * that was cancelled or killed files exactly what is missing.
 */
@Service
public class CableImport {

    private final CableIntake intake;

    CableImport(CableIntake intake) {
        this.intake = intake;
    }

    public ImportSummary run(Iterable<SourceFile> sources, Consumer<ImportLine> progress, BooleanSupplier cancelled) {
        int files = 0;
        int filed = 0;
        int onFile = 0;
        int revisions = 0;
        int rejected = 0;
        for (SourceFile source : sources) {
            if (cancelled.getAsBoolean()) {
                return new ImportSummary(files, filed, onFile, revisions, rejected, true);
            }
            files++;
            if (!source.isReadable()) {
                rejected++;
                progress.accept(new ImportLine(files, source.name(), new IntakeResult.Rejected(source.name(), source.problem())));
                continue;
            }
            for (IntakeResult result : intake.file(source.name(), source.bytes())) {
                if (result instanceof IntakeResult.Filed) {
                    filed++;
                } else if (result instanceof IntakeResult.AlreadyOnFile) {
                    onFile++;
                } else if (result instanceof IntakeResult.ConflictingText) {
                    revisions++;
                } else {
                    rejected++;
                }
                progress.accept(new ImportLine(files, sourceOf(source, result), result));
            }
        }
        return new ImportSummary(files, filed, onFile, revisions, rejected, false);
    }

    private static String sourceOf(SourceFile source, IntakeResult result) {
        return result instanceof IntakeResult.Rejected rejected ? rejected.sourceName() : source.name();
    }
}
