package org.septel.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Queues mails in the caller's transaction: the mail exists exactly when the change it reports was committed.
 * A notice already queued under the same key is not queued again (and the unique key settles a race between nodes).
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboxMailRepository mails;
    private final NoticePreferences preferences;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, NoticePreferences preferences, Clock clock) {
        this.mails = mails;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** Queues the mail unless the recipient does not want this kind, has no address, or it is queued already. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean queue(String dedupKey, NoticeKind kind, String recipient, String subject, String body) {
        NoticePreference preference = preferences.of(recipient);
        if (!preference.wants(kind)) {
            log.debug("No {} mail for {}: not wanted or no address", kind, recipient);
            return false;
        }
        if (mails.existsByDedupKey(dedupKey)) {
            log.info("Mail {} is already queued; not queued again", dedupKey);
            return false;
        }
        mails.save(new OutboxMail(dedupKey, kind, recipient, preference.email(), subject, body, clock.instant()));
        log.info("Queued {} mail {} for {}", kind, dedupKey, recipient);
        return true;
    }

    /** The mails queued for a person, oldest first (subjects only: for the person's own settings screen and tests). */
    public List<QueuedMail> queuedFor(String recipient) {
        return mails.findByRecipientOrderById(recipient).stream()
                .map(m -> new QueuedMail(m.id(), m.subject(), m.status().name(), m.attempts())).toList();
    }

    public long pendingCount() {
        return mails.countByStatus(OutboxMail.Status.PENDING);
    }

    public record QueuedMail(long id, String subject, String status, int attempts) {
    }
}
