package org.septel.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<OutboxMail> findByRecipientOrderById(String recipient);

    long countByStatus(OutboxMail.Status status);

    /** Mails a node may try now: pending and due, or claimed by a node whose lease ran out (it crashed). */
    @Query("""
            select m.id from OutboxMail m
            where (m.status = org.septel.notification.OutboxMail.Status.PENDING and m.nextAttemptAt <= :now)
               or (m.status = org.septel.notification.OutboxMail.Status.SENDING and m.claimedUntil < :now)
            order by m.id""")
    List<Long> findClaimable(@Param("now") Instant now, Pageable page);

    /**
     * Claims one mail for one node. The condition is checked again inside the update, so of two nodes racing for
     * the same row exactly one sees a count of 1 (the row lock orders them; the loser's re-check fails).
     */
    @Modifying
    @Query("""
            update OutboxMail m set m.status = org.septel.notification.OutboxMail.Status.SENDING,
                   m.claimedBy = :node, m.claimedUntil = :until
            where m.id = :id
              and ((m.status = org.septel.notification.OutboxMail.Status.PENDING and m.nextAttemptAt <= :now)
                or (m.status = org.septel.notification.OutboxMail.Status.SENDING and m.claimedUntil < :now))""")
    int claim(@Param("id") long id, @Param("node") String node, @Param("now") Instant now,
            @Param("until") Instant until);
}
