package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    boolean existsByCandidateId(Long candidateId);

    List<Commitment> findByCableIdOrderById(String cableId);
}
