package org.septel.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "notice_settings")
class NoticeSettings {

    @Id
    @Column(length = 64)
    private String username;

    @Column(length = NoticePreferences.EMAIL_MAX_LENGTH)
    private String email;

    @Column(nullable = false)
    private boolean reminders;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "weekly_digest", nullable = false)
    private boolean weeklyDigest;

    @Column(name = "reply_matched", nullable = false)
    private boolean replyMatched;

    @Version
    private Long version;

    protected NoticeSettings() {
    }

    NoticeSettings(String username) {
        this.username = username;
    }

    void change(String email, Set<NoticeKind> kinds) {
        this.email = email;
        this.reminders = kinds.contains(NoticeKind.REMINDER);
        this.overdue = kinds.contains(NoticeKind.OVERDUE);
        this.weeklyDigest = kinds.contains(NoticeKind.WEEKLY_DIGEST);
        this.replyMatched = kinds.contains(NoticeKind.REPLY_MATCHED);
    }

    NoticePreference view() {
        Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
        if (reminders) {
            kinds.add(NoticeKind.REMINDER);
        }
        if (overdue) {
            kinds.add(NoticeKind.OVERDUE);
        }
        if (weeklyDigest) {
            kinds.add(NoticeKind.WEEKLY_DIGEST);
        }
        if (replyMatched) {
            kinds.add(NoticeKind.REPLY_MATCHED);
        }
        return new NoticePreference(username, email, kinds);
    }
}
