package org.septel.notification;

import org.septel.clearance.Reader;
import org.septel.reporting.BoardTallies;
import org.septel.reporting.LedgerLine;
import org.septel.reporting.OverdueBoard;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.SlippedItem;
import org.septel.reporting.Tally;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkRow;
import org.septel.reporting.WorkSort;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Once a week, a digest per manager: overdue follow-ups by desk and owner, what slipped more than once, promises
 * kept. Counts are taken with the manager's own clearance (a number carries no cable text); titles only with the
 * mail clearance. One digest per manager and week, however often (or on however many nodes) it runs.
 */
@Component
public class WeeklyDigest {

    static final int TITLES = 20;
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final StaffDirectory staff;
    private final OverdueBoard board;
    private final WorkList work;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final Clock clock;
    private final TransactionTemplate transaction;

    WeeklyDigest(StaffDirectory staff, OverdueBoard board, WorkList work, MailOutbox outbox, MailTexts texts,
            Clock clock, PlatformTransactionManager transactions) {
        this.staff = staff;
        this.board = board;
        this.work = work;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${septel.mail.digest-cron:0 0 6 * * MON}", zone = "UTC")
    void onSchedule() {
        queueAll();
    }

    /** Queues this week's digest for every manager who has none yet; returns how many were queued. */
    public int queueAll() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int queued = 0;
        for (StaffMember manager : managers()) {
            try {
                Boolean done = transaction.execute(s -> queueFor(manager, monday));
                queued += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DataIntegrityViolationException raced) {
                log.info("Digest for {} of week {} was queued by another node", manager.username(), monday);
            }
        }
        return queued;
    }

    private boolean queueFor(StaffMember manager, LocalDate monday) {
        Set<String> desks = manager.desk() == null ? Set.of() : Set.of("desk:" + manager.desk());
        Reader full = new Reader(manager.username(), manager.clearance(), desks, false);
        Reader forMail = new Reader(manager.username(), texts.forMail(manager.clearance()), desks, false);
        WorkFilter tracked = WorkFilter.tracked();
        BoardTallies tallies = board.tallies(full, tracked);
        List<SlippedItem> slipped = board.slippage(full, tracked, TITLES);
        List<LedgerLine> ledger = board.ledger(full, tracked, 1000);
        WorkFilter overdue = tracked.withQuick(Set.of(QuickFilter.OVERDUE));
        List<WorkRow> titled = work.page(forMail, overdue, WorkSort.DUE_FIRST, 0, TITLES);

        StringBuilder body = new StringBuilder("Dear ").append(manager.displayName()).append(",\n\n")
                .append("Your follow-ups for the week of ").append(monday).append(":\n")
                .append("  open: ").append(tallies.open()).append(", overdue: ").append(tallies.overdue())
                .append(", due within a week: ").append(tallies.dueSoon()).append("\n\n");
        body.append("Overdue by desk:\n");
        appendTallies(body, tallies.byDesk());
        body.append("\nOverdue by owner:\n");
        appendTallies(body, tallies.byOwner());
        body.append("\nOldest overdue (titles only where they may be mailed):\n");
        if (titled.isEmpty()) {
            body.append("  none\n");
        }
        for (WorkRow row : titled) {
            body.append("  - due ").append(row.dueDate()).append(", ").append(row.owner()).append(": ")
                    .append(row.withheld() ? "follow-up " + row.commitmentId() + " (its text is not sent by mail)"
                            : row.title())
                    .append(" [cable ").append(row.cableId()).append(" (").append(row.marking()).append(")]\n");
        }
        long untitled = tallies.overdue() - work.count(forMail, overdue);
        if (untitled > 0) {
            body.append("  and ").append(untitled).append(" more overdue whose text is not sent by mail\n");
        }
        body.append("\nSlipped more than once:\n");
        if (slipped.isEmpty()) {
            body.append("  none\n");
        }
        for (SlippedItem item : slipped) {
            body.append("  - follow-up ").append(item.commitmentId()).append(" (cable ").append(item.cableId())
                    .append(", ").append(item.owner()).append("): ").append(item.slips()).append(" slips, ")
                    .append(item.daysSlipped()).append(" days, now due ").append(item.currentDue()).append("\n");
        }
        long onTime = ledger.stream().mapToLong(LedgerLine::onTime).sum();
        long late = ledger.stream().mapToLong(LedgerLine::late).sum();
        body.append("\nPromises made to us and kept: ").append(onTime).append(" on time, ").append(late)
                .append(" late.\n\nOpen the overdue board: ").append(texts.link("/")).append("\n")
                .append(texts.footer());
        String subject = "Weekly digest, week of " + monday + ": " + tallies.overdue() + " overdue, "
                + tallies.dueSoon() + " due soon";
        return outbox.queue("DIGEST:" + monday + ":" + manager.username(), NoticeKind.WEEKLY_DIGEST,
                manager.username(), subject, body.toString());
    }

    private static void appendTallies(StringBuilder body, List<Tally> tallies) {
        List<Tally> shown = new ArrayList<>(tallies.stream().filter(t -> t.overdue() > 0).toList());
        if (shown.isEmpty()) {
            body.append("  none\n");
        }
        for (Tally tally : shown) {
            body.append("  ").append(tally.key() == null || tally.key().isBlank() ? "(none)" : tally.key())
                    .append(": ").append(tally.overdue()).append(" overdue, ").append(tally.dueSoon())
                    .append(" due soon\n");
        }
    }

    private List<StaffMember> managers() {
        List<StaffMember> managers = new ArrayList<>();
        int pageSize = 200;
        long total = staff.count();
        for (int offset = 0; offset < total; offset += pageSize) {
            staff.page(offset, pageSize).stream().filter(m -> m.role() == Role.MANAGER).forEach(managers::add);
        }
        return managers;
    }
}
