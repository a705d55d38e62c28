package org.septel.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The two-node timer benchmark: {@code timers=N} (default 10,000: N/2 follow-ups, each with a reminder timer and
 * an overdue timer) on one node undisturbed (the baseline), then on two nodes with job locks force-expired every
 * 100 ms and one node SIGKILLed mid-run. Prints duplicates, losses, timers fired per second and time.
 * Arguments (optional): {@code timers=10000 baseline=true}.
 */
public final class TwoNodesBench {

    private TwoNodesBench() {
    }

    public static void main(String[] args) throws Exception {
        int timers = 10_000;
        boolean baseline = true;
        for (String arg : args) {
            if (arg.startsWith("timers=")) {
                timers = Integer.parseInt(arg.substring("timers=".length()));
            } else if (arg.startsWith("baseline=")) {
                baseline = Boolean.parseBoolean(arg.substring("baseline=".length()));
            }
        }
        int followUps = timers / 2;
        System.out.printf(Locale.ROOT, "two-node timer bench: %d follow-ups, %d timers, %d cores%n", followUps,
                2 * followUps, Runtime.getRuntime().availableProcessors());
        ClusterTrial.Outcome one = null;
        if (baseline) {
            one = ClusterTrial.oneNode(followUps);
            System.out.println("baseline " + one.line());
        }
        ClusterTrial.Outcome two = ClusterTrial.twoNodes(Files.createTempDirectory("septel-two-nodes"), followUps);
        System.out.println(two.line());
        boolean pass = two.duplicates() == 0 && two.losses() == 0 && two.incidents() == 0 && two.nodeKilled()
                && (one == null || one.duplicates() == 0 && one.losses() == 0);
        System.out.printf(Locale.ROOT, "two nodes timers=%d duplicates=%d losses=%d incidents=%d timers/s=%.0f"
                        + " time=%.1fs%s %s%n", two.timers(), two.duplicates(), two.losses(), two.incidents(),
                two.timers() / two.seconds(), two.seconds(),
                one == null ? "" : String.format(Locale.ROOT, " (one node undisturbed: %.0f timers/s, %.1fs)",
                        one.timers() / one.seconds(), one.seconds()),
                pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }
}
