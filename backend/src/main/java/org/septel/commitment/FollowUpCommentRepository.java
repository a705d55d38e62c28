package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FollowUpCommentRepository extends JpaRepository<FollowUpComment, Long> {

    List<FollowUpComment> findByCommitmentIdOrderByWrittenAtAscIdAsc(Long commitmentId);
}
