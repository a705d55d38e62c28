package org.septel.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2008-09-22T09:00:00Z");

    @Test
    void each_failure_doubles_the_wait_and_the_last_attempt_gives_up() {
        OutboxMail mail = new OutboxMail("k", NoticeKind.REMINDER, "dana", "dana@example.org", "s", "b", NOW);

        mail.failed("refused", NOW, Duration.ofMinutes(1), 4);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.failed("refused", NOW, Duration.ofMinutes(1), 4);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        mail.failed("refused", NOW, Duration.ofMinutes(1), 4);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);

        mail.failed("refused", NOW, Duration.ofMinutes(1), 4);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.attempts()).isEqualTo(4);
    }

    @Test
    void an_overlong_subject_is_cut_to_the_column() {
        OutboxMail mail = new OutboxMail("k", NoticeKind.REMINDER, "dana", "a@b.org", "x".repeat(500), "b", NOW);

        assertThat(mail.subject()).hasSize(OutboxMail.SUBJECT_MAX_LENGTH).endsWith("…");
    }
}
