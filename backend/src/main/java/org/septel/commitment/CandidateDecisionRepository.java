package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateDecisionRepository extends JpaRepository<CandidateDecision, Long> {

    long countByCandidateId(Long candidateId);
}
