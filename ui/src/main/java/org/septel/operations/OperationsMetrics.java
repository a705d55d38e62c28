package org.septel.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Septel's gauges, read when they are scraped (an administrator's request, or a monitoring system's every minute),
 * never on the filing path. The counts come straight from the tables with one indexed or sequential count each,
 * as an operator's SQL would: a monitoring probe should not load aggregates through the modules' services.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final RuntimeService runtime;

    OperationsMetrics(JdbcTemplate jdbc, ManagementService management, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "septel.cables.filed", "cables on file", () -> count("select count(*) from cable"));
        gauge(registry, "septel.followups.open", "follow-ups open (not yet due)",
                () -> count("select count(*) from commitment where status in ('AWAITING_ANCHOR', 'OPEN', 'DUE_SOON')"));
        gauge(registry, "septel.followups.overdue", "follow-ups past their due date, waiting for a manager",
                () -> count("select count(*) from commitment where status in ('OVERDUE', 'ESCALATED')"));
        gauge(registry, "septel.jobs.due", "engine jobs due now and not yet done (the job executor's backlog)",
                () -> management.createJobQuery().executable().count());
        gauge(registry, "septel.jobs.failed", "engine jobs that failed and have no retries left",
                () -> management.createJobQuery().noRetriesLeft().count());
        gauge(registry, "septel.incidents.open", "open engine incidents", () -> runtime.createIncidentQuery().count());
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).strongReference(true).register(registry);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
