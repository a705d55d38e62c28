package org.septel.cable;

import org.springframework.data.jpa.repository.JpaRepository;

interface CableRepository extends JpaRepository<Cable, String> {
}
