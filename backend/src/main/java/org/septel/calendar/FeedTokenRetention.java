package org.septel.calendar;

import org.septel.retention.BatchedDelete;
import org.septel.retention.RetentionRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Deletes calendar-feed tokens revoked longer ago than {@code septel.retention.revoked-tokens} (30 days by
 * default); a live feed is never deleted. Until then a revoked token stays as the record that the person had a feed.
 * Nightly, on every node at once if need be ({@link BatchedDelete}); a retention of zero keeps everything. Counted
 * in {@code septel.retention.deleted}, tag {@code what=feed-tokens}.
 */
@Component
public class FeedTokenRetention {

    static final String WHAT = "feed-tokens";
    private static final String DELETE_BATCH = "delete from feed_token where id in (select id from feed_token"
            + " where revoked_at < ? order by id limit ?)";

    private final BatchedDelete batches;
    private final RetentionRule rule;

    FeedTokenRetention(BatchedDelete batches, @Value("${septel.retention.revoked-tokens:P30D}") Duration keep) {
        this.batches = batches;
        this.rule = new RetentionRule(WHAT, DELETE_BATCH, keep);
    }

    @Scheduled(cron = "${septel.retention.cron:0 30 2 * * *}", zone = "UTC")
    void onSchedule() {
        batches.pruneOrWait(rule);
    }

    /** Deletes the feed tokens revoked before the retention; returns how many rows this call deleted. */
    public int prune() {
        return batches.prune(rule);
    }
}
