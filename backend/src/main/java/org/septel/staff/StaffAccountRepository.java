package org.septel.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccountRepository extends JpaRepository<StaffAccount, String> {
}
