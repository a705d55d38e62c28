package org.septel.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One moved due date: from which date to which, why, who approved it, when. */
@Entity
@Table(name = "commitment_slip")
class Slip {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_slip_seq")
    @SequenceGenerator(name = "commitment_slip_seq", sequenceName = "commitment_slip_seq", allocationSize = 50)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "old_due_date")
    private LocalDate oldDueDate;

    @Column(name = "new_due_date", nullable = false)
    private LocalDate newDueDate;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "approved_by", nullable = false, length = 64)
    private String approvedBy;

    @Column(name = "slipped_at", nullable = false)
    private Instant slippedAt;

    protected Slip() {
    }

    Slip(Long commitmentId, LocalDate oldDueDate, LocalDate newDueDate, String reason, String approvedBy, Instant slippedAt) {
        this.commitmentId = commitmentId;
        this.oldDueDate = oldDueDate;
        this.newDueDate = newDueDate;
        this.reason = reason;
        this.approvedBy = approvedBy;
        this.slippedAt = slippedAt;
    }

    SlipView view() {
        return new SlipView(oldDueDate, newDueDate, reason, approvedBy, slippedAt);
    }
}
