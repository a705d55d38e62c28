package org.septel.notification;

import org.septel.retention.BatchedDelete;
import org.septel.retention.RetentionRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Deletes mail that went out longer ago than {@code septel.retention.sent-mail} (90 days by default). Mail
 * still pending, being sent, or given up as failed is never deleted: it is an operator's to look at.
 * Nightly, on every node at once if need be ({@link BatchedDelete}); a retention of zero keeps everything. Counted
 * in {@code septel.retention.deleted}, tag {@code what=sent-mail}.
 */
@Component
public class MailRetention {

    static final String WHAT = "sent-mail";
    private static final String DELETE_BATCH = "delete from mail_outbox where id in (select id from mail_outbox"
            + " where status = 'SENT' and sent_at < ? order by id limit ?)";

    private final BatchedDelete batches;
    private final RetentionRule rule;

    MailRetention(BatchedDelete batches, @Value("${septel.retention.sent-mail:P90D}") Duration keep) {
        this.batches = batches;
        this.rule = new RetentionRule(WHAT, DELETE_BATCH, keep);
    }

    @Scheduled(cron = "${septel.retention.cron:0 30 2 * * *}", zone = "UTC")
    void onSchedule() {
        batches.pruneOrWait(rule);
    }

    /** Deletes the sent mail older than the retention; returns how many rows this call deleted. */
    public int prune() {
        return batches.prune(rule);
    }
}
