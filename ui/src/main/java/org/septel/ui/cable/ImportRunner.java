package org.septel.ui.cable;

import jakarta.annotation.PreDestroy;
import org.septel.cable.CableImport;
import org.septel.cable.ImportLine;
import org.septel.cable.ImportSummary;
import org.septel.cable.SourceFile;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs uploaded imports off the request thread, one at a time and at most a few waiting, so a large import cannot
 * starve the screens of database connections or threads.
 */
@Component
class ImportRunner {

    private static final int WAITING_IMPORTS = 4;

    private final CableImport cableImport;
    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(WAITING_IMPORTS), runnable -> {
                Thread thread = new Thread(runnable, "septel-import");
                thread.setDaemon(true);
                return thread;
            });

    ImportRunner(CableImport cableImport) {
        this.cableImport = cableImport;
    }

    /** Queues an import; fails fast with {@link RejectedExecutionException} when too many are already waiting. */
    CompletableFuture<ImportSummary> submit(Iterable<SourceFile> sources, Consumer<ImportLine> progress,
            BooleanSupplier cancelled) {
        return CompletableFuture.supplyAsync(() -> cableImport.run(sources, progress, cancelled), executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
