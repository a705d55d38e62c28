package org.septel.cluster;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

/**
 * A Septel node in its own JVM, so a test can SIGKILL it: {@code NAME JDBC_URL LOCK_MILLIS CLOCK_FILE}. The test
 * moves time by writing an instant into the clock file; this node follows it within a few milliseconds (Septel's
 * clock and the engine's). Prints {@link #READY} once its job executor runs.
 */
public final class NodeMain {

    static final String READY = "SEPTEL NODE READY";

    private NodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path clockFile = Path.of(args[3]);
        follow(clockFile);
        SeptelNode.start(args[0], args[1], Long.parseLong(args[2]));
        Thread follower = new Thread(() -> {
            while (true) {
                try {
                    follow(clockFile); // also undoes the engine clock's alignment at start-up
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a half-written file: read it again next time
                }
            }
        }, "clock-follower");
        follower.setDaemon(true);
        follower.start();
        Thread.sleep(50);
        System.out.println(READY + " " + args[0]);
        System.out.flush();
        Thread.currentThread().join(); // runs until killed
    }

    private static void follow(Path clockFile) throws Exception {
        Instant now = Instant.parse(Files.readString(clockFile).strip());
        SeptelNode.CLOCK.set(now);
        ClockUtil.setCurrentTime(Date.from(now));
    }
}
