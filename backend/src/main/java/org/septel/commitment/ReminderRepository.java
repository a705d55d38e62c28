package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

    boolean existsByCommitmentIdAndKindAndForDate(Long commitmentId, ReminderKind kind, LocalDate forDate);

    long countByCommitmentId(Long commitmentId);
}
