package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    boolean existsByCandidateId(Long candidateId);

    List<Commitment> findByCableIdOrderById(String cableId);

    List<Commitment> findByCableIdInAndStatusNotInOrderById(Collection<String> cableIds,
            Collection<CommitmentStatus> closed);

    /** Every open commitment with an actor: what reply matching read before ADR 0027, kept as its oracle. */
    List<Commitment> findByStatusNotInAndActorIsNotNullOrderById(Collection<CommitmentStatus> closed);

    List<Commitment> findByActorOrgOrActorOrderById(String actorOrg, String actor);

    List<Commitment> findAllByOrderById();
}
