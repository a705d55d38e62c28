package org.septel.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeSettingsRepository extends JpaRepository<NoticeSettings, String> {
}
