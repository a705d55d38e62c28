package org.septel.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A reader (the calling thread) and {@code workers} filing threads joined by a bounded queue of two chunks per
 * worker. A chunk is up to {@code perChunk} numbered sources, closed early when it holds {@link #CHUNK_BYTES}, so
 * the queue bounds both the files and the bytes read ahead of filing (backpressure); a file of {@link #SOLO_BYTES}
 * or more (a cables.csv extract with many cables) is a chunk of its own. The first failure of a worker stops the
 * reader and the other workers and is rethrown to the caller.
 */
final class ImportWorkers {

    /** Files one numbered source. */
    interface Filer {
        void file(int number, SourceFile source);
    }

    /** Files one chunk of numbered sources (for example in one transaction). */
    interface ChunkFiler {
        void file(List<Numbered> chunk);
    }

    /** A source and its place in the input (1 = first). */
    record Numbered(int number, SourceFile source) {
    }

    /** A chunk closes at this many bytes even when it has fewer sources: a big cables.csv file travels alone. */
    static final long CHUNK_BYTES = 4L * 1024 * 1024;
    /** A file this big travels alone, so a chunk never becomes one huge transaction of a many-cable file. */
    static final long SOLO_BYTES = 1024 * 1024;

    private static final List<Numbered> END = List.of();
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int workers;
    private final int perChunk;
    private final ChunkFiler filer;

    /** One source per chunk. */
    ImportWorkers(int workers, Filer filer) {
        this(workers, 1, chunk -> chunk.forEach(next -> filer.file(next.number(), next.source())));
    }

    ImportWorkers(int workers, int perChunk, ChunkFiler filer) {
        this.workers = workers;
        this.perChunk = Math.max(1, perChunk);
        this.filer = filer;
    }

    /** Feeds every source to the workers and waits for them; true when {@code cancelled} stopped it early. */
    boolean drain(Iterable<SourceFile> sources, BooleanSupplier cancelled) {
        BlockingQueue<List<Numbered>> queue = new ArrayBlockingQueue<>(2 * workers);
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
            Chunker chunker = new Chunker(perChunk);
            for (SourceFile source : sources) {
                if (failure.get() != null) {
                    break;
                }
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                for (List<Numbered> chunk : chunker.add(new Numbered(++number, source))) {
                    put(queue, chunk, failure);
                }
            }
            List<Numbered> rest = chunker.rest();
            if (!rest.isEmpty() && !wasCancelled && failure.get() == null) {
                put(queue, rest, failure);
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

    private void work(BlockingQueue<List<Numbered>> queue, AtomicReference<Throwable> failure) {
        try {
            // Always take until the end marker, even after a failure, so the reader never blocks on a full queue.
            for (List<Numbered> next = queue.take(); next != END; next = queue.take()) {
                if (failure.get() != null) {
                    continue;
                }
                try {
                    filer.file(next);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e); // and go on taking, so the reader is never left waiting
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(BlockingQueue<List<Numbered>> queue, List<Numbered> item, AtomicReference<Throwable> failure) {
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

    /** Groups numbered sources into chunks: up to {@code perChunk} sources or {@link #CHUNK_BYTES}; big files alone. */
    static final class Chunker {
        private final int perChunk;
        private List<Numbered> open = new ArrayList<>();
        private long bytes;

        Chunker(int perChunk) {
            this.perChunk = Math.max(1, perChunk);
        }

        /** Adds a source; returns the chunks that are complete now (none, one, or two when a big file arrives). */
        List<List<Numbered>> add(Numbered next) {
            long size = next.source().isReadable() ? next.source().bytes().length : 0;
            if (size >= SOLO_BYTES) {
                List<List<Numbered>> done = new ArrayList<>(2);
                if (!open.isEmpty()) {
                    done.add(rest());
                }
                done.add(List.of(next));
                return done;
            }
            open.add(next);
            bytes += size;
            return open.size() >= perChunk || bytes >= CHUNK_BYTES ? List.of(rest()) : List.of();
        }

        /** The chunk being filled (possibly empty), and a fresh one started. */
        List<Numbered> rest() {
            List<Numbered> chunk = open;
            open = new ArrayList<>();
            bytes = 0;
            return chunk;
        }
    }
}
