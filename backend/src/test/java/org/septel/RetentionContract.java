package org.septel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.calendar.FeedTokenRetention;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.notification.MailRetention;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly retention job on real SQL, on H2 and on PostgreSQL, with "now" pinned by {@link BackendTestApplication}:
 * which sent mails and revoked calendar-feed tokens it deletes, which rows it must leave, and that two nodes
 * running it at once delete each row once.
 */
abstract class RetentionContract {

    static final Instant NOW = BackendTestApplication.NOW;
    static final Duration MAIL_KEPT = Duration.ofDays(90);
    static final Duration TOKEN_KEPT = Duration.ofDays(30);
    /** Ids far above what the sequences hand out in a test run. */
    static final AtomicLong NEXT_ID = new AtomicLong(9_100_000);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailRetention mail;
    @Autowired
    FeedTokenRetention feedTokens;
    @Autowired
    StaffDirectory staff;

    @BeforeEach
    void owner() {
        if (!staff.exists("keeper")) {
            staff.enrol(new StaffMember("keeper", "Keeper", Role.DESK_OFFICER, "WHA-CAN",
                    Clearance.of(Classification.SECRET)), "password-keeper");
        }
    }

    @Test
    void sent_mail_older_than_the_retention_is_deleted_and_unsent_or_failed_mail_never() {
        long longSent = mail("SENT", ago(MAIL_KEPT.plusDays(30)));
        long justOver = mail("SENT", ago(MAIL_KEPT.plusSeconds(1)));
        long atTheLimit = mail("SENT", ago(MAIL_KEPT));
        long recent = mail("SENT", ago(Duration.ofDays(3)));
        long failed = mail("FAILED", null);
        long pending = mail("PENDING", null);
        long sending = mail("SENDING", null);
        long due = count("select count(*) from mail_outbox where status = 'SENT' and sent_at < ?", ago(MAIL_KEPT));

        assertThat(mail.prune()).isEqualTo(due).isGreaterThanOrEqualTo(2);

        assertThat(remaining("mail_outbox", longSent, justOver, atTheLimit, recent, failed, pending, sending))
                .containsExactlyInAnyOrder(atTheLimit, recent, failed, pending, sending);
        assertThat(mail.prune()).as("a second run finds nothing more").isZero();
    }

    @Test
    void feed_tokens_are_deleted_a_retention_after_their_revocation_and_live_ones_never() {
        long longRevoked = feedToken(ago(Duration.ofDays(400)), ago(TOKEN_KEPT.plusDays(5)));
        long justOver = feedToken(ago(Duration.ofDays(400)), ago(TOKEN_KEPT.plusSeconds(1)));
        long revokedLately = feedToken(ago(Duration.ofDays(400)), ago(TOKEN_KEPT.minusDays(1)));
        long liveForYears = feedToken(ago(Duration.ofDays(2000)), null);
        long due = count("select count(*) from feed_token where revoked_at < ?", ago(TOKEN_KEPT));

        assertThat(feedTokens.prune()).isEqualTo(due).isGreaterThanOrEqualTo(2);

        assertThat(remaining("feed_token", longRevoked, justOver, revokedLately, liveForYears))
                .containsExactlyInAnyOrder(revokedLately, liveForYears);
        assertThat(feedTokens.prune()).isZero();
    }

    @Test
    void two_nodes_pruning_at_once_delete_every_old_mail_once_in_batches() throws Exception {
        int rows = 1_234; // more than two batches of 500
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ids.add(mail("SENT", ago(MAIL_KEPT.plusDays(1 + i % 50))));
        }
        long due = count("select count(*) from mail_outbox where status = 'SENT' and sent_at < ?", ago(MAIL_KEPT));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = nodes.invokeAll(List.<Callable<Integer>>of(mail::prune, mail::prune));
            int deleted = runs.get(0).get(60, TimeUnit.SECONDS) + runs.get(1).get(60, TimeUnit.SECONDS);
            assertThat(deleted).isEqualTo(due).isGreaterThanOrEqualTo(rows);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(remaining("mail_outbox", ids.toArray(Long[]::new))).isEmpty();
    }

    private long mail(String status, OffsetDateTime sentAt) {
        long id = NEXT_ID.incrementAndGet();
        OffsetDateTime created = sentAt == null ? ago(Duration.ofDays(500)) : sentAt.minusMinutes(1);
        jdbc.update("insert into mail_outbox (id, dedup_key, kind, recipient, address, subject, body, status, attempts,"
                + " next_attempt_at, created_at, sent_at) values (?, ?, 'REMINDER', 'keeper', 'keeper@example.org',"
                + " 'subject', 'body', ?, 1, ?, ?, ?)", id, "RETENTION:" + id, status, created, created, sentAt);
        return id;
    }

    private long feedToken(OffsetDateTime created, OffsetDateTime revoked) {
        long id = NEXT_ID.incrementAndGet();
        jdbc.update("insert into feed_token (id, username, token_hash, inside_network, created_at, revoked_at)"
                + " values (?, 'keeper', ?, false, ?, ?)", id, "retention-" + id, created, revoked);
        return id;
    }

    private static OffsetDateTime ago(Duration duration) {
        return NOW.minus(duration).atOffset(ZoneOffset.UTC);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private List<Long> remaining(String table, Long... ids) {
        List<Long> left = new ArrayList<>();
        for (Long id : ids) {
            if (count("select count(*) from " + table + " where id = ?", id) > 0) {
                left.add(id);
            }
        }
        return left;
    }
}
