package org.septel.bench;

import org.septel.Application;
import org.septel.EmbeddedPostgres;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Septel without its web parts and without the job executor, on in-memory H2 or embedded PostgreSQL: what the
 * benchmarks measure against.
 */
final class BenchContext {

    private BenchContext() {
    }

    static ConfigurableApplicationContext start(String database) {
        List<String> settings = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.septel=WARN", "--camunda.bpm.job-execution.enabled=false",
                "--spring.profiles.active=bench", "--camunda.bpm.process-engine-name=bench",
                "--spring.autoconfigure.exclude=" + String.join(",",
                        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")));
        if (database.equals("postgres")) {
            settings.add("--spring.datasource.url=" + EmbeddedPostgres.jdbcUrl());
            settings.add("--spring.datasource.username=postgres");
            settings.add("--spring.datasource.password=postgres");
        } else {
            settings.add("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        }
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .run(settings.toArray(String[]::new));
    }
}
