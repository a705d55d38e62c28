package org.septel.cluster;

import org.septel.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One Septel node without its web server (the job executor is what a cluster shares), on the {@code postgres}
 * profile. Nodes in one JVM differ by engine name (engines register JVM-wide by name) and share one movable clock.
 */
final class SeptelNode {

    private SeptelNode() {
    }

    static ConfigurableApplicationContext start(String name, String jdbcUrl, long lockTimeMillis) {
        List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.septel=WARN", "--spring.profiles.active=postgres",
                "--SEPTEL_DB_URL=" + jdbcUrl, "--SEPTEL_DB_USER=postgres", "--SEPTEL_DB_PASSWORD=postgres",
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTimeMillis,
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=10",
                // Up to 10 job threads plus the test's seeding threads: the pool must hold them all (docs/operations.md)
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--spring.autoconfigure.exclude=" + String.join(",",
                        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")));
        return new SpringApplicationBuilder(Application.class, SharedClock.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    /** Septel's clock for every node in this JVM; the test moves it (and the engine's clock with it). */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2008-09-22T09:00:00Z"));

    @TestConfiguration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }
}
