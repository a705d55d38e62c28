package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FollowUpCandidateRepository extends JpaRepository<FollowUpCandidate, Long> {

    List<FollowUpCandidate> findByCableIdOrderByPosition(String cableId);

    long countByCableId(String cableId);
}
