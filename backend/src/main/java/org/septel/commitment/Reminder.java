package org.septel.commitment;

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
import java.time.LocalDate;

/** A reminder sent to a commitment's owner, once per kind and date. */
@Entity
@Table(name = "commitment_reminder")
class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_reminder_seq")
    @SequenceGenerator(name = "commitment_reminder_seq", sequenceName = "commitment_reminder_seq", allocationSize = 50)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReminderKind kind;

    @Column(name = "for_date", nullable = false)
    private LocalDate forDate;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {
    }

    Reminder(Long commitmentId, ReminderKind kind, LocalDate forDate, String recipient, Instant sentAt) {
        this.commitmentId = commitmentId;
        this.kind = kind;
        this.forDate = forDate;
        this.recipient = recipient;
        this.sentAt = sentAt;
    }
}
