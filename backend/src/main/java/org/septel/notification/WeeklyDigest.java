package org.septel.notification;

import org.septel.clearance.Reader;
import org.septel.reporting.BoardTallies;
import org.septel.reporting.KeptPromise;
import org.septel.reporting.OverdueBoard;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.RecentChanges;
import org.septel.reporting.RecentSlip;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Once a week, a digest per manager over their own and managed desks: overdue follow-ups by desk and owner, the
 * due dates that moved in the last seven days (which, from and to, by whom, why) and the promises kept in them (on
 * time or late, per counterpart), read from the follow-ups' stored history. Counts and lines are taken with the
 * manager's own clearance (an id or a number carries no cable text); titles, reasons and counterpart names only
 * with the mail clearance. One digest per manager and week, however often (or on however many nodes) it runs.
 */
@Component
public class WeeklyDigest {

    static final int TITLES = 20;
    /** "This week" in the digest: the seven days before it is put together. */
    static final Duration WINDOW = Duration.ofDays(7);
    static final String UNNAMED = "counterparts whose names are not sent by mail";
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final StaffDirectory staff;
    private final OverdueBoard board;
    private final RecentChanges recent;
    private final WorkList work;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final Clock clock;
    private final TransactionTemplate transaction;

    WeeklyDigest(StaffDirectory staff, OverdueBoard board, RecentChanges recent, WorkList work, MailOutbox outbox, MailTexts texts,
            Clock clock, PlatformTransactionManager transactions) {
        this.staff = staff;
        this.board = board;
        this.recent = recent;
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
        // The manager's own desk and every desk they manage, as on their screens.
        Reader full = staff.readerFor(manager.username()).orElseThrow();
        Reader forMail = new Reader(manager.username(), texts.forMail(manager.clearance()), full.deskGroups(),
                full.allDesks());
        Instant now = clock.instant();
        Instant weekAgo = now.minus(WINDOW);
        WorkFilter tracked = WorkFilter.tracked();
        BoardTallies tallies = board.tallies(full, tracked);
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
                    .append(row.withheld() ? notMailed(row.commitmentId()) : row.title())
                    .append(" [cable ").append(row.cableId()).append(" (").append(row.marking()).append(")]\n");
        }
        long untitled = tallies.overdue() - work.count(forMail, overdue);
        if (untitled > 0) {
            body.append("  and ").append(untitled).append(" more overdue whose text is not sent by mail\n");
        }
        appendSlips(body, recent.slips(full, weekAgo, now, RecentChanges.MAX_ROWS),
                byId(recent.slips(forMail, weekAgo, now, RecentChanges.MAX_ROWS), RecentSlip::commitmentId));
        appendKept(body, recent.kept(full, weekAgo, now, RecentChanges.MAX_ROWS),
                byId(recent.kept(forMail, weekAgo, now, RecentChanges.MAX_ROWS), KeptPromise::commitmentId));
        body.append("\nOpen the overdue board: ").append(texts.link("/")).append("\n").append(texts.footer());
        String subject = "Weekly digest, week of " + monday + ": " + tallies.overdue() + " overdue, "
                + tallies.dueSoon() + " due soon";
        return outbox.queue("DIGEST:" + monday + ":" + manager.username(), NoticeKind.WEEKLY_DIGEST,
                manager.username(), subject, body.toString());
    }

    /**
     * Every slip the manager may see, worded only where the mail clearance may read the follow-up: its title and the
     * manager's reason otherwise stay in Septel.
     */
    private static void appendSlips(StringBuilder body, List<RecentSlip> slips, Map<Long, RecentSlip> mailable) {
        body.append("\nSlips this week (due dates moved in the last 7 days):\n");
        if (slips.isEmpty()) {
            body.append("  none\n");
        }
        int shown = 0;
        for (RecentSlip slip : slips) {
            if (shown++ == TITLES) {
                body.append("  and ").append(slips.size() - TITLES).append(" more\n");
                break;
            }
            RecentSlip words = mailable.get(slip.commitmentId());
            boolean mayMail = words != null && !words.withheld();
            body.append("  - ").append(mayMail ? words.title() : notMailed(slip.commitmentId()))
                    .append(" [cable ").append(slip.cableId()).append(" (").append(slip.marking()).append("), owner ")
                    .append(slip.owner()).append("]: ").append(slip.oldDueDate() == null ? "no date" : slip.oldDueDate())
                    .append(" -> ").append(slip.newDueDate()).append(", by ").append(slip.approvedBy()).append(": ")
                    .append(mayMail ? oneLine(words.reason()) : "(reason not sent by mail)").append("\n");
        }
    }

    /** Kept promises counted per counterpart; a counterpart is named only where the mail clearance may read it. */
    private static void appendKept(StringBuilder body, List<KeptPromise> kept, Map<Long, KeptPromise> mailable) {
        long onTime = kept.stream().filter(KeptPromise::onTime).count();
        body.append("\nPromises kept this week (fulfilled in the last 7 days): ").append(onTime).append(" on time, ")
                .append(kept.size() - onTime).append(" late.\n");
        Map<String, long[]> byCounterpart = new TreeMap<>();
        for (KeptPromise promise : kept) {
            KeptPromise words = mailable.get(promise.commitmentId());
            String who = words == null || words.withheld() ? UNNAMED : counterpart(words);
            long[] counts = byCounterpart.computeIfAbsent(who, k -> new long[2]);
            counts[promise.onTime() ? 0 : 1]++;
        }
        byCounterpart.forEach((who, counts) -> body.append("  ").append(who).append(": ").append(counts[0])
                .append(" on time, ").append(counts[1]).append(" late\n"));
    }

    private static String counterpart(KeptPromise words) {
        String person = words.counterpart() == null || words.counterpart().isBlank() ? "(no counterpart)"
                : oneLine(words.counterpart());
        return words.counterpartOrg() == null || words.counterpartOrg().isBlank()
                || words.counterpartOrg().equals(words.counterpart()) ? person
                : person + " (" + oneLine(words.counterpartOrg()) + ")";
    }

    private static String notMailed(Long commitmentId) {
        return "follow-up " + commitmentId + " (its text is not sent by mail)";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(row -> map.putIfAbsent(id.apply(row), row));
        return map;
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
