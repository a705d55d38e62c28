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
 * tasks grid: count + first 50 through {@link WorkItems}; the follow-ups grid: count + first 50 through
 * {@link WorkList}) and keeps the server time of each load, so a benchmark can say how the UI answers under import.
 */
final class PageLoadProbe implements AutoCloseable {

    private final WorkItems workItems;
    private final WorkList workList;
    private final Actor officer;
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
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
        loadPage();
        timer.scheduleWithFixedDelay(() -> millis.add(loadPage()), seconds, seconds, TimeUnit.SECONDS);
        return this;
    }

    double loadPage() {
        long start = System.nanoTime();
        workItems.countOpenFor(officer);
        workItems.openFor(officer, 0, 50);
        WorkFilter myWork = WorkFilter.myWork(officer.username());
        workList.count(officer.reader(), myWork);
        workList.page(officer.reader(), myWork, WorkSort.DUE_FIRST, 0, 50);
        return (System.nanoTime() - start) / 1e6;
    }

    /** "n loads, p50 …, p95 …, max … ms", of the loads taken while the import ran. */
    String summary() {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
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
