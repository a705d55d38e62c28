package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CommitmentActionRepository extends JpaRepository<CommitmentAction, Long> {

    List<CommitmentAction> findByCommitmentIdOrderByDoneAtAscIdAsc(Long commitmentId);
}
