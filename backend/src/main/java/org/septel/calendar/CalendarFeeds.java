package org.septel.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.Reader;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkRow;
import org.septel.reporting.WorkSort;
import org.septel.staff.LoginAccount;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Personal iCalendar feeds. Each open follow-up a person owns becomes an all-day event on its due date and one on
 * its follow-up date, with a UID that stays the same when the date slips, so calendars move the event. Titles are
 * read at UNCLASSIFIED unless the person asked for a feed kept inside the network.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    public static final String PATH_PREFIX = "/feeds/";
    private static final Logger log = LoggerFactory.getLogger(CalendarFeeds.class);
    private static final int PAGE = WorkList.MAX_PAGE;

    private final FeedTokenRepository tokens;
    private final StaffDirectory staff;
    private final WorkList work;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeeds(FeedTokenRepository tokens, StaffDirectory staff, WorkList work, Clock clock,
            @Value("${septel.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.staff = staff;
        this.work = work;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** A new feed for the person; any earlier feed of theirs stops working. The token is returned this once. */
    @Transactional
    public IssuedFeed issue(String username, boolean insideNetwork) {
        if (!staff.exists(username)) {
            throw new NoSuchElementException("no user " + username);
        }
        revoke(username);
        String token = SecretTokens.fresh();
        tokens.save(new FeedToken(username, SecretTokens.hash(token), insideNetwork, clock.instant()));
        log.info("{} was issued a calendar feed ({})", username, insideNetwork ? "inside the network" : "unclassified");
        return new IssuedFeed(token, PATH_PREFIX + token + ".ics", insideNetwork);
    }

    /** Stops the person's feed; returns whether there was one. */
    @Transactional
    public boolean revoke(String username) {
        List<FeedToken> active = tokens.findByUsernameAndRevokedAtIsNull(username);
        active.forEach(token -> token.revoke(clock.instant()));
        if (!active.isEmpty()) {
            log.info("{}'s calendar feed was revoked", username);
        }
        return !active.isEmpty();
    }

    public FeedStatus status(String username) {
        return tokens.findByUsernameAndRevokedAtIsNull(username).stream().findFirst()
                .map(t -> new FeedStatus(true, t.insideNetwork(), t.createdAt()))
                .orElse(new FeedStatus(false, false, null));
    }

    /** The feed behind a token, or empty for a token that is unknown or revoked, or whose owner is disabled (not told apart). */
    public Optional<String> render(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<FeedToken> found = tokens.findByTokenHash(SecretTokens.hash(token)).filter(FeedToken::isActive);
        if (found.isEmpty()) {
            log.info("Refused a calendar feed request with an unknown or revoked token");
            return Optional.empty();
        }
        // As for API tokens (ADR 14): the feed acts for its owner and stops with a disabled account.
        Optional<String> feed = staff.loginAccount(found.get().username()).filter(LoginAccount::enabled)
                .map(account -> ics(account.member(), found.get().insideNetwork()));
        if (feed.isEmpty()) {
            log.info("Refused a calendar feed request for a disabled account");
        }
        return feed;
    }

    private String ics(StaffMember member, boolean insideNetwork) {
        Reader full = readerOf(member, member.clearance());
        WorkFilter mine = WorkFilter.tracked().withOwner(member.username());
        List<WorkRow> rows = all(full, mine);
        Map<Long, WorkRow> shown = insideNetwork ? byId(rows)
                : byId(all(readerOf(member, Clearance.of(Classification.UNCLASSIFIED)), mine));

        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Septel//Follow-ups//EN");
        calendar.setExperimentalProperty("X-WR-CALNAME", "Septel follow-ups of " + member.displayName());
        Date stamp = Date.from(clock.instant());
        for (WorkRow row : rows) {
            WorkRow words = shown.get(row.commitmentId());
            String title = words == null || words.withheld()
                    ? "follow-up " + row.commitmentId() + " on cable " + row.cableId() + " (details in Septel)"
                    : words.title();
            if (row.dueDate() != null) {
                calendar.addEvent(event(row, "due", row.dueDate(), "Due: " + title, stamp));
            }
            if (row.followUpDate() != null) {
                calendar.addEvent(event(row, "chase", row.followUpDate(), "Chase: " + title, stamp));
            }
        }
        return Biweekly.write(calendar).go();
    }

    private VEvent event(WorkRow row, String what, LocalDate day, String summary, Date stamp) {
        VEvent event = new VEvent();
        event.setUid("septel-follow-up-" + row.commitmentId() + "-" + what);
        event.setSummary(summary);
        event.setDateStart(new DateStart(allDay(day), false));
        event.setDateEnd(new DateEnd(allDay(day.plusDays(1)), false));
        event.setDateTimeStamp(stamp);
        event.setUrl(baseUrl + "/follow-ups/" + row.commitmentId());
        event.setDescription("Owner: " + row.owner() + "\nStatus: " + row.status() + "\nIn Septel: " + baseUrl
                + "/follow-ups/" + row.commitmentId());
        return event;
    }

    /** Biweekly writes date-only values in the JVM's zone, and reads them back in it. */
    static Date allDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private List<WorkRow> all(Reader reader, WorkFilter filter) {
        List<WorkRow> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<WorkRow> page = work.page(reader, filter, WorkSort.DUE_FIRST, offset, PAGE);
            rows.addAll(page);
            if (page.size() < PAGE) {
                return rows;
            }
        }
    }

    private static Map<Long, WorkRow> byId(List<WorkRow> rows) {
        return rows.stream().filter(r -> r.commitmentId() != null)
                .collect(Collectors.toMap(WorkRow::commitmentId, Function.identity(), (a, b) -> a));
    }

    /** The person's desks as their screens have them (own desk and managed desks), at the given clearance. */
    private Reader readerOf(StaffMember member, Clearance clearance) {
        Reader screens = staff.readerFor(member.username()).orElseThrow();
        return new Reader(member.username(), clearance, screens.deskGroups(), screens.allDesks());
    }
}
