package org.septel.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Sends queued mails. Each mail is claimed with a conditional update before it is sent, so two nodes never send
 * the same row at once; a node that dies mid-send leaves a lease that runs out, and the mail is tried again.
 * Failures back off exponentially. Runs on a schedule, outside any business transaction.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OutboxSender(OutboxMailRepository mails, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
            Clock clock, PlatformTransactionManager transactions) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${septel.mail.poll-interval:PT30S}",
            initialDelayString = "${septel.mail.poll-initial-delay:PT20S}")
    void onSchedule() {
        sendDue();
    }

    /** Sends what is due now; returns how many mails went out. Does nothing when no SMTP server is configured. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = transaction.execute(s -> mails.findClaimable(now, PageRequest.of(0, settings.batchSize())));
        int sent = 0;
        for (Long id : due) {
            OutboxMail mail = transaction.execute(s -> mails.claim(id, settings.node(), now, now.plus(settings.lease())) == 1
                    ? mails.findById(id).orElse(null) : null);
            if (mail == null) {
                continue; // another node took it
            }
            try {
                sender.send(message(sender, mail));
                transaction.executeWithoutResult(s -> mails.findById(id).ifPresent(m -> m.sent(clock.instant())));
                sent++;
                log.info("Sent mail {} ({})", id, mail.dedupKey());
            } catch (MessagingException | RuntimeException e) {
                transaction.executeWithoutResult(s -> mails.findById(id).ifPresent(m -> m.failed(
                        e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant(), settings.firstRetry(),
                        settings.maxAttempts())));
                log.warn("Mail {} not sent (attempt failed): {}", id, e.getMessage());
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender instanceof JavaMailSenderImpl impl ? withStableId(impl.getSession(), mail)
                : sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.address());
        helper.setSubject("[Septel] " + mail.subject());
        helper.setText(mail.body(), false);
        message.setHeader("X-Septel-Notice", digest(mail.dedupKey()));
        return message;
    }

    /**
     * The Message-ID comes from the notice's key, so should a node die after the SMTP server accepted a mail but
     * before it was marked sent, the second copy has the same id and mail clients show it once.
     */
    private MimeMessage withStableId(Session session, OutboxMail mail) {
        String id = "<" + digest(mail.dedupKey()) + "@septel>";
        return new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
