package org.septel.notification;

import org.septel.cable.CableCatalog;
import org.septel.cable.CableDetails;
import org.septel.commitment.CommitmentEvent;
import org.septel.commitment.ReminderKind;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns commitment events into queued mails. A plain (synchronous) listener on purpose: it runs inside the
 * transaction that changed the commitment, so the mail is queued exactly when the change commits, and a timer
 * that fires twice (which changes nothing the second time and publishes nothing) queues nothing twice.
 */
@Component
class CommitmentNotices {

    private final MailOutbox outbox;
    private final MailTexts texts;
    private final StaffDirectory staff;
    private final CableCatalog catalog;

    CommitmentNotices(MailOutbox outbox, MailTexts texts, StaffDirectory staff, CableCatalog catalog) {
        this.outbox = outbox;
        this.texts = texts;
        this.staff = staff;
        this.catalog = catalog;
    }

    @EventListener
    void on(CommitmentEvent event) {
        if (event instanceof CommitmentEvent.ReminderRecorded reminder) {
            remind(reminder);
        } else if (event instanceof CommitmentEvent.WentOverdue overdue) {
            overdue(overdue);
        } else if (event instanceof CommitmentEvent.ReplyMatched reply) {
            replyMatched(reply);
        }
    }

    private void remind(CommitmentEvent.ReminderRecorded event) {
        staff.find(event.recipient()).ifPresent(owner -> {
            MailTexts.FollowUpWords words = texts.describe(event.commitmentId(), owner.clearance());
            boolean beforeDue = event.kind() == ReminderKind.BEFORE_DUE;
            String subject = (beforeDue ? "Follow-up due " : "Follow-up to chase on ") + event.forDate() + ": "
                    + words.title();
            String body = greeting(owner)
                    + (beforeDue ? "A follow-up you own is due on " + event.forDate() + ".\n\n"
                            : "Today (" + event.forDate() + ") is the date to chase a follow-up you own.\n\n")
                    + facts(words) + "Open your tasks: " + texts.link("/tasks") + "\n" + texts.footer();
            outbox.queue(key("REMINDER", event.commitmentId(), event.kind() + ":" + event.forDate(), owner),
                    NoticeKind.REMINDER, owner.username(), subject, body);
        });
    }

    private void overdue(CommitmentEvent.WentOverdue event) {
        StaffMember owner = staff.find(event.owner()).orElse(null);
        List<StaffMember> recipients = new ArrayList<>();
        if (owner != null) {
            recipients.add(owner);
        }
        recipients.addAll(managersOf(deskOf(event), owner));
        for (StaffMember recipient : recipients) {
            MailTexts.FollowUpWords words = texts.describe(event.commitmentId(), recipient.clearance());
            boolean isOwner = recipient.username().equals(event.owner());
            String subject = "Overdue since " + event.dueDate().plusDays(1) + ": " + words.title();
            String body = greeting(recipient)
                    + (isOwner ? "A follow-up you own passed its due date (" + event.dueDate() + ").\n\n"
                            : "A follow-up of " + event.owner() + " on your desk passed its due date ("
                                    + event.dueDate() + "). Extend it (with a reason) or withdraw it.\n\n")
                    + facts(words) + "Open your tasks: " + texts.link("/tasks") + "\n" + texts.footer();
            outbox.queue(key("OVERDUE", event.commitmentId(), String.valueOf(event.dueDate()), recipient),
                    NoticeKind.OVERDUE, recipient.username(), subject, body);
        }
    }

    private void replyMatched(CommitmentEvent.ReplyMatched event) {
        staff.find(event.owner()).ifPresent(owner -> {
            MailTexts.FollowUpWords words = texts.describe(event.commitmentId(), owner.clearance());
            String subject = "Possible reply " + event.replyCableId().value() + " for: " + words.title();
            String body = greeting(owner) + "A newly filed cable looks like the reply that fulfils a follow-up you own. "
                    + "Confirm it or dismiss it in Septel.\n\n" + facts(words)
                    + "Reply: " + texts.cableLine(event.replyCableId(), owner.clearance()) + "\n"
                    + "Open it: " + texts.link("/cables/" + event.replyCableId().value()) + "\n" + texts.footer();
            outbox.queue(key("REPLY", event.commitmentId(), event.replyCableId().value(), owner),
                    NoticeKind.REPLY_MATCHED, owner.username(), subject, body);
        });
    }

    /** The desk the commitment's cable was routed to; for an unrouted cable, the owner's own desk. */
    private String deskOf(CommitmentEvent event) {
        String routed = catalog.headers(List.of(event.cableId())).stream().map(CableDetails::desk)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (routed != null && routed.startsWith("desk:")) {
            return routed.substring("desk:".length());
        }
        return null;
    }

    /** Managers whose own desk it is, and managers who manage it besides their own (ADR 19). */
    private List<StaffMember> managersOf(String desk, StaffMember owner) {
        String managed = desk != null ? desk : owner == null ? null : owner.desk();
        if (managed == null) {
            return List.of();
        }
        Set<StaffMember> managers = new LinkedHashSet<>();
        int pageSize = 200;
        for (int offset = 0; offset < staff.count(); offset += pageSize) {
            staff.page(offset, pageSize).stream()
                    .filter(m -> m.role() == Role.MANAGER && (managed.equals(m.desk())
                            || staff.managedDesks(m.username()).contains(managed)))
                    .filter(m -> owner == null || !m.username().equals(owner.username()))
                    .forEach(managers::add);
        }
        return List.copyOf(managers);
    }

    private static String key(String kind, long commitmentId, String what, StaffMember recipient) {
        return kind + ":" + commitmentId + ":" + what + ":" + recipient.username();
    }

    private static String greeting(StaffMember recipient) {
        return "Dear " + recipient.displayName() + ",\n\n";
    }

    private static String facts(MailTexts.FollowUpWords words) {
        var c = words.commitment();
        return "Follow-up: " + words.title() + "\n"
                + "From: " + words.cableLine() + "\n"
                + (c.dueDate() == null ? "" : "Due: " + c.dueDate() + "\n")
                + (c.followUpDate() == null ? "" : "Follow up on: " + c.followUpDate() + "\n")
                + "Owner: " + c.owner() + "\n\n";
    }

}
