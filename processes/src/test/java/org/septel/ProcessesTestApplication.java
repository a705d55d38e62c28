package org.septel;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Instant;

/** Lets {@code @SpringBootTest} run the real engine inside this library module, with time pinned (and movable). */
@SpringBootApplication
public class ProcessesTestApplication {

    /** A Monday, so two business days later is the Wednesday. */
    public static final Instant NOW = Instant.parse("2008-09-22T09:00:00Z");

    @Bean
    MutableClock clock() {
        return new MutableClock(NOW);
    }
}
