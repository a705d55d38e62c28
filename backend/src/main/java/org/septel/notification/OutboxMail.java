package org.septel.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One mail waiting in the outbox. {@code PENDING} until a node claims it ({@code SENDING}, with a lease), then
 * {@code SENT}, or back to {@code PENDING} with a later attempt time, or {@code FAILED} after the last attempt.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    enum Status { PENDING, SENDING, SENT, FAILED }

    static final int SUBJECT_MAX_LENGTH = 300;
    static final int BODY_MAX_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NoticeKind kind;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = NoticePreferences.EMAIL_MAX_LENGTH)
    private String address;

    @Column(nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(String dedupKey, NoticeKind kind, String recipient, String address, String subject, String body,
            Instant now) {
        this.dedupKey = dedupKey;
        this.kind = kind;
        this.recipient = recipient;
        this.address = address;
        this.subject = cut(subject, SUBJECT_MAX_LENGTH);
        this.body = cut(body, BODY_MAX_LENGTH);
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String dedupKey() {
        return dedupKey;
    }

    String address() {
        return address;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        claimedBy = null;
        claimedUntil = null;
        lastError = null;
    }

    /** Backs off exponentially from {@code firstRetry}; gives up after {@code maxAttempts}. */
    void failed(String error, Instant now, java.time.Duration firstRetry, int maxAttempts) {
        attempts++;
        claimedBy = null;
        claimedUntil = null;
        lastError = cut(error, 1000);
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
