package org.septel.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByTokenHash(String tokenHash);

    List<FeedToken> findByUsernameAndRevokedAtIsNull(String username);
}
