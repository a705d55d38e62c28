package org.septel.bench;

import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkSort;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While an import runs, loads an officer's My work first page every few seconds the way MyTasksView does (the open
 * tasks grid: count + first 50 through {@link WorkItems}; the follow-ups grid: its first 50 rows and count through
 * {@link WorkList#firstPage}) and keeps the server time of each load, so a benchmark can say how the UI answers under
 * import.
 */
final class PageLoadProbe implements AutoCloseable {

    private final WorkItems workItems;
    private final WorkList workList;
    private final Actor officer;
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> tasksMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> followUpsMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> apartMillis = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "page-load-probe");
        thread.setDaemon(true);
        return thread;
    });

    PageLoadProbe(WorkItems workItems, WorkList workList, String username, String deskGroup) {
        this.workItems = workItems;
        this.workList = workList;
        this.officer = new Actor(username, List.of(deskGroup), Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
    }

    /** Loads the page once now (so the first figure is not the JIT's), then every {@code seconds}. */
    PageLoadProbe start(int seconds) {
        loadPage(false);
        timer.scheduleWithFixedDelay(() -> loadPage(true), seconds, seconds, TimeUnit.SECONDS);
        return this;
    }

    /**
     * The page as MyTasksView loads it: the tasks grid (count + first 50) and the follow-ups grid's first screen
     * ({@link WorkList#firstPage}, as WorkGrid asks for it). Then, not counted in the page, the follow-ups grid's
     * count and page read apart, for comparison.
     */
    void loadPage(boolean record) {
        long start = System.nanoTime();
        workItems.countOpenFor(officer);
        workItems.openFor(officer, 0, 50);
        long tasksDone = System.nanoTime();
        WorkFilter myWork = WorkFilter.myWork(officer.username());
        workList.firstPage(officer.reader(), myWork, WorkSort.DUE_FIRST, 50);
        long end = System.nanoTime();
        workList.count(officer.reader(), myWork);
        workList.page(officer.reader(), myWork, WorkSort.DUE_FIRST, 0, 50);
        if (record) {
            millis.add((end - start) / 1e6);
            tasksMillis.add((tasksDone - start) / 1e6);
            followUpsMillis.add((end - tasksDone) / 1e6);
            apartMillis.add((System.nanoTime() - end) / 1e6);
        }
    }

    /** "n loads, p50 …, p95 …, max … ms", of the loads taken while the import ran, then its parts. */
    String summary() {
        return figures(millis) + " (tasks grid " + figures(tasksMillis) + "; follow-ups grid " + figures(followUpsMillis)
                + "; follow-ups grid read apart, not in the page: " + figures(apartMillis) + ")";
    }

    private static String figures(List<Double> timings) {
        List<Double> sorted;
        synchronized (timings) {
            sorted = new ArrayList<>(timings);
        }
        if (sorted.isEmpty()) {
            return "no loads (the import ended before the first one)";
        }
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%d loads, p50 %.0f ms, p95 %.0f ms, max %.0f ms", sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
