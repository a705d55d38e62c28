package org.septel.commitment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    boolean existsByCandidateId(Long candidateId);

    List<Commitment> findByCableIdOrderById(String cableId);

    List<Commitment> findByCableIdInAndStatusNotInOrderById(Collection<String> cableIds,
            Collection<CommitmentStatus> closed);

    /** Every open commitment with an actor: what reply matching read before ADR 0027, kept as its oracle. */
    List<Commitment> findByStatusNotInAndActorIsNotNullOrderById(Collection<CommitmentStatus> closed);

    /**
     * The open commitments with an actor whose counterpart key is one of {@code names}. The closed statuses are
     * literals, not parameters, so PostgreSQL can prove its partial indexes (V76) apply to every plan.
     */
    @Query("select c from Commitment c where c.status not in (org.septel.commitment.CommitmentStatus.FULFILLED,"
            + " org.septel.commitment.CommitmentStatus.PARTLY_FULFILLED, org.septel.commitment.CommitmentStatus.WITHDRAWN)"
            + " and c.actor is not null and (c.counterpartSurname in :names or c.counterpartOrg in :names)")
    List<Commitment> findOpenNaming(@Param("names") Collection<String> names);

    List<Commitment> findByActorOrgOrActorOrderById(String actorOrg, String actor);

    List<Commitment> findAllByOrderById();
}
