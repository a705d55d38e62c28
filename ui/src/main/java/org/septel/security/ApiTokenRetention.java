package org.septel.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deletes API tokens revoked longer ago than {@code septel.retention.revoked-tokens} (30 days by default); a
 * live token is never deleted. Until then a revoked token stays in its owner's list, marked revoked.
 * Nightly, on every node at once if need be: each batch is one conditional {@code DELETE} in its own transaction,
 * so a row another node deleted first is simply not there any more (the second node counts 0 for it). A retention
 * of zero keeps everything. Logs and counts numbers only ({@code septel.retention.deleted}, tag
 * {@code what=api-tokens}).
 */
@Component
public class ApiTokenRetention {

    static final String WHAT = "api-tokens";
    private static final Logger log = LoggerFactory.getLogger(ApiTokenRetention.class);
    private static final String DELETE_BATCH = "delete from api_token where id in (select id from api_token"
            + " where revoked_at < ? order by id limit ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration keep;
    private final int batchSize;
    private final ObjectProvider<MeterRegistry> meters;

    ApiTokenRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${septel.retention.revoked-tokens:P30D}") Duration keep,
            @Value("${septel.retention.batch-size:500}") int batchSize, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.keep = keep;
        this.batchSize = Math.max(1, batchSize);
        this.meters = meters;
    }

    @Scheduled(cron = "${septel.retention.cron:0 30 2 * * *}", zone = "UTC")
    void onSchedule() {
        try {
            prune();
        } catch (DataAccessException e) {
            log.warn("Retention of api-tokens stopped, to be tried again next night: {}", e.getMessage());
        }
    }

    /** Deletes the API tokens revoked before the retention; returns how many rows this call deleted. */
    public int prune() {
        if (keep.isZero() || keep.isNegative()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(keep);
        int total = 0;
        int deleted;
        do {
            deleted = transaction.execute(s -> jdbc.update(DELETE_BATCH, cutoff.atOffset(ZoneOffset.UTC), batchSize));
            total += deleted;
        } while (deleted == batchSize);
        log.info("Retention: deleted {} revoked API tokens (revoked before {})", total, cutoff);
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            Counter.builder("septel.retention.deleted").tag("what", WHAT)
                    .description("rows deleted by the nightly retention job").register(registry).increment(total);
        }
        return total;
    }
}
