package org.septel;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Lets {@code @SpringBootTest} run the real engine inside this library module, with time pinned. */
@SpringBootApplication
public class ProcessesTestApplication {

    /** A Monday, so two business days later is the Wednesday. */
    public static final Instant NOW = Instant.parse("2008-09-22T09:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
