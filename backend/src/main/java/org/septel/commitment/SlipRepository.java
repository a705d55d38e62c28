package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SlipRepository extends JpaRepository<Slip, Long> {

    List<Slip> findByCommitmentIdOrderBySlippedAt(Long commitmentId);
}
