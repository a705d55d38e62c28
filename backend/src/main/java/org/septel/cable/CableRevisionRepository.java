package org.septel.cable;

import org.springframework.data.jpa.repository.JpaRepository;

interface CableRevisionRepository extends JpaRepository<CableRevision, Long> {

    boolean existsByCableIdAndSha256(String cableId, String sha256);
}
