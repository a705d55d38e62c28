package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReplyMatchRepository extends JpaRepository<ReplyMatch, Long> {

    boolean existsByCommitmentIdAndReplyCableId(Long commitmentId, String replyCableId);

    Optional<ReplyMatch> findByCommitmentIdAndReplyCableId(Long commitmentId, String replyCableId);

    List<ReplyMatch> findByCommitmentIdOrderByMatchedAtAscIdAsc(Long commitmentId);
}
