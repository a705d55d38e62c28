package org.septel.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Runs a {@link RetentionRule}: one batch per transaction until a batch comes back short. Each batch is a
 * conditional {@code DELETE}, so a row another node deleted first is simply not there any more (that node counts
 * it, this one does not), and no lock is held longer than one batch. Logs and counts numbers only.
 */
@Component
public class BatchedDelete {

    private static final Logger log = LoggerFactory.getLogger(BatchedDelete.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final ObjectProvider<MeterRegistry> meters;

    BatchedDelete(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${septel.retention.batch-size:500}") int batchSize, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.meters = meters;
    }

    /** Deletes what the rule lets go now; returns how many rows this call deleted. */
    public int prune(RetentionRule rule) {
        if (rule.keepsEverything()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(rule.keep());
        int total = 0;
        int deleted;
        do {
            deleted = transaction.execute(s -> jdbc.update(rule.deleteBatch(), cutoff.atOffset(ZoneOffset.UTC), batchSize));
            total += deleted;
        } while (deleted == batchSize);
        log.info("Retention: deleted {} {} (older than {})", total, rule.what(), cutoff);
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            Counter.builder("septel.retention.deleted").tag("what", rule.what())
                    .description("rows deleted by the nightly retention job").register(registry).increment(total);
        }
        return total;
    }

    /** As {@link #prune}, for the nightly job: a database error is logged and the rule waits for the next night. */
    public void pruneOrWait(RetentionRule rule) {
        try {
            prune(rule);
        } catch (DataAccessException e) {
            log.warn("Retention of {} stopped, to be tried again next night: {}", rule.what(), e.getMessage());
        }
    }
}
