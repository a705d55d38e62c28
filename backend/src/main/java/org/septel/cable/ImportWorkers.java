package org.septel.cable;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader (the calling thread) and {@code workers} filing threads joined by a bounded queue of two sources per
 * worker. The first failure of a worker stops the reader and the other workers and is rethrown to the caller.
 */
final class ImportWorkers {

    /** Files one numbered source. */
    interface Filer {
        void file(int number, SourceFile source);
    }

    private static final Numbered END = new Numbered(0, null);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int workers;
    private final Filer filer;

    ImportWorkers(int workers, Filer filer) {
        this.workers = workers;
        this.filer = filer;
    }

    /** Feeds every source to the workers and waits for them; true when {@code cancelled} stopped it early. */
    boolean drain(Iterable<SourceFile> sources, BooleanSupplier cancelled) {
        BlockingQueue<Numbered> queue = new ArrayBlockingQueue<>(2 * workers);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "import-" + pool + "-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(executor.submit(() -> work(queue, failure)));
        }
        boolean wasCancelled = false;
        try {
            int number = 0;
            for (SourceFile source : sources) {
                if (failure.get() != null) {
                    break;
                }
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                put(queue, new Numbered(++number, source), failure);
            }
        } finally {
            if (wasCancelled || failure.get() != null) {
                queue.clear(); // what is not yet taken is not filed: a re-run picks it up
            }
            for (int i = 0; i < workers; i++) {
                put(queue, END, null);
            }
            executor.shutdown();
            awaitAll(running);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        return wasCancelled;
    }

    private void work(BlockingQueue<Numbered> queue, AtomicReference<Throwable> failure) {
        try {
            // Always take until the end marker, even after a failure, so the reader never blocks on a full queue.
            for (Numbered next = queue.take(); next != END; next = queue.take()) {
                if (failure.get() != null) {
                    continue;
                }
                try {
                    filer.file(next.number(), next.source());
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e); // and go on taking, so the reader is never left waiting
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(BlockingQueue<Numbered> queue, Numbered item, AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null && failure.get() != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static void awaitAll(List<Future<?>> running) {
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // failures are recorded by the worker itself
            }
        }
    }

    private record Numbered(int number, SourceFile source) {
    }
}
