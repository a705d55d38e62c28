package org.septel.audit;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Who is making the current change. The web layer installs a supplier that reads the logged-in person; changes
 * made outside a request (imports, timers) are recorded as "system".
 */
public final class Auditor {

    public static final String SYSTEM = "system";
    private static volatile Supplier<String> current = () -> SYSTEM;
    private static volatile Clock clock = Clock.systemUTC();

    private Auditor() {
    }

    public static void use(Supplier<String> supplier) {
        current = supplier;
    }

    /** Revisions are stamped from Septel's clock, not the system's. */
    public static void useClock(Clock septelClock) {
        clock = septelClock;
    }

    static long now() {
        return clock.millis();
    }

    static String current() {
        String name = current.get();
        return name == null || name.isBlank() ? SYSTEM : name;
    }
}
