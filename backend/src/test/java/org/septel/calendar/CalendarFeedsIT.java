package org.septel.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.commitment.CandidateView;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed parsed back with biweekly: one event per date of each open follow-up, moved by a slip, text by clearance. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:calendar;DB_CLOSE_DELAY=-1")
class CalendarFeedsIT {

    static final List<String> ABOVE_UNCLASSIFIED = List.of("PERSIMMON", "ZANZIBAR", "QUASAR", "MARKING FIXTURE",
            "deliver the points");
    static final Clearance TOP = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    static final CableId MIXED = CableId.of("09STATE12345");
    static final CableId UNCLASSIFIED = CableId.of("72TEHRAN1164");

    @Autowired
    CableIntake intake;
    @Autowired
    CableCatalog catalog;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    StaffDirectory staff;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fileAndOpen() {
        if (!staff.exists("cal")) {
            staff.enrol(new StaffMember("cal", "Cal", Role.DESK_OFFICER, "WHA-CAN", TOP), "password-cal");
            staff.enrol(new StaffMember("other", "Other", Role.DESK_OFFICER, "WHA-CAN", TOP), "password-other");
            for (CableId id : List.of(MIXED, UNCLASSIFIED)) {
                intake.file(id.value(), TestCables.bytes(id.value()));
                Reader reviewer = Reader.anyDesk("reviewer", TOP);
                candidates.forCable(id).forEach(c -> candidates.confirm(c.id(), reviewer));
                commitments.openConfirmed(id, "cal");
            }
        }
    }

    @Test
    void the_feed_holds_an_event_on_each_date_of_each_open_follow_up_the_person_owns() {
        IssuedFeed feed = feeds.issue("cal", false);

        ICalendar calendar = Biweekly.parse(feeds.render(feed.token()).orElseThrow()).first();

        List<CommitmentView> mine = open();
        long dates = mine.stream().mapToLong(c -> (c.dueDate() == null ? 0 : 1) + (c.followUpDate() == null ? 0 : 1)).sum();
        assertThat(calendar.getEvents()).hasSize((int) dates);
        Map<String, LocalDate> byUid = days(calendar);
        for (CommitmentView c : mine) {
            if (c.dueDate() != null) {
                assertThat(byUid).containsEntry("septel-follow-up-" + c.id() + "-due", c.dueDate());
            }
            if (c.followUpDate() != null) {
                assertThat(byUid).containsEntry("septel-follow-up-" + c.id() + "-chase", c.followUpDate());
            }
        }
        assertThat(feed.path()).isEqualTo("/feeds/" + feed.token() + ".ics");
    }

    @Test
    void the_default_feed_carries_only_unclassified_text_and_an_inside_feed_the_owners() {
        String outside = feeds.render(feeds.issue("cal", false).token()).orElseThrow();
        for (String word : ABOVE_UNCLASSIFIED) {
            assertThat(outside).doesNotContainIgnoringCase(word);
        }
        CommitmentView unclassified = open().stream().filter(c -> c.cableId().equals(UNCLASSIFIED)).findFirst().orElseThrow();
        String firstWord = unclassified.action().strip().split("\\s+")[0];
        assertThat(outside).contains(firstWord);

        String inside = feeds.render(feeds.issue("cal", true).token()).orElseThrow();
        assertThat(inside).contains("deliver the points");
        assertThat(inside).doesNotContain("QUASAR");
    }

    @Test
    void a_slip_moves_the_event_and_keeps_its_uid() {
        IssuedFeed feed = feeds.issue("cal", false);
        CommitmentView dated = open().stream().filter(c -> c.dueDate() != null).findFirst().orElseThrow();
        String uid = "septel-follow-up-" + dated.id() + "-due";
        LocalDate later = dated.dueDate().plusDays(30);

        commitments.extend(dated.id(), later, "elections", "manager");

        Map<String, LocalDate> byUid = days(Biweekly.parse(feeds.render(feed.token()).orElseThrow()).first());
        assertThat(byUid).containsEntry(uid, later);
    }

    @Test
    void a_revoked_or_replaced_token_gets_nothing_and_other_people_see_only_their_own() {
        IssuedFeed first = feeds.issue("cal", false);
        IssuedFeed second = feeds.issue("cal", false);

        assertThat(feeds.render(first.token())).as("replaced").isEmpty();
        assertThat(feeds.render(second.token())).isPresent();
        assertThat(feeds.revoke("cal")).isTrue();
        assertThat(feeds.render(second.token())).as("revoked").isEmpty();
        assertThat(feeds.render("not-a-token")).isEmpty();
        assertThat(feeds.status("cal").active()).isFalse();

        String othersFeed = feeds.render(feeds.issue("other", false).token()).orElseThrow();
        assertThat(Biweekly.parse(othersFeed).first().getEvents()).isEmpty();
    }

    @Test
    void a_managers_feed_covers_the_desks_they_manage_as_their_screens_do() {
        staff.enrol(new StaffMember("cal-admin", "Admin", Role.ADMIN, null, TOP), "password-cal-admin");
        staff.enrol(new StaffMember("cal-boss", "Boss", Role.MANAGER, "WHA-CAN", TOP), "password-cal-boss");
        String text = new String(TestCables.bytes(UNCLASSIFIED.value()), StandardCharsets.ISO_8859_1)
                .replace("TEHRAN 1164", "TEHRAN 9164");
        intake.file("elsewhere", text.getBytes(StandardCharsets.ISO_8859_1));
        CableId elsewhere = CableId.of("72TEHRAN9164");
        catalog.routeTo(elsewhere, "desk:EUR-FR");
        candidates.forCable(elsewhere).forEach(c -> candidates.confirm(c.id(), Reader.anyDesk("reviewer", TOP)));
        commitments.openConfirmed(elsewhere, "cal-boss");
        CommitmentView undated = commitments.forCable(elsewhere).stream()
                .filter(c -> c.dueDate() == null && !c.awaitsAnchor()).findFirst().orElseThrow();
        commitments.extend(undated.id(), LocalDate.parse("2009-01-15"), "dated for the test", "cal-admin");
        IssuedFeed feed = feeds.issue("cal-boss", false);
        String uid = "septel-follow-up-" + undated.id() + "-due";

        assertThat(days(Biweekly.parse(feeds.render(feed.token()).orElseThrow()).first()))
                .as("EUR-FR is not (yet) the manager's desk").doesNotContainKey(uid);

        staff.changeManagedDesks("cal-admin", "cal-boss", Set.of("EUR-FR"));

        assertThat(days(Biweekly.parse(feeds.render(feed.token()).orElseThrow()).first()))
                .containsEntry(uid, LocalDate.parse("2009-01-15"));
    }

    @Test
    void the_feed_of_a_disabled_account_stops() {
        staff.enrol(new StaffMember("cal-gone", "Gone", Role.DESK_OFFICER, "WHA-CAN", TOP), "password-cal-gone");
        IssuedFeed feed = feeds.issue("cal-gone", false);
        assertThat(feeds.render(feed.token())).isPresent();

        jdbc.update("update staff_account set enabled = false where username = 'cal-gone'");

        assertThat(feeds.render(feed.token())).isEmpty();
    }

    private List<CommitmentView> open() {
        return List.of(MIXED, UNCLASSIFIED).stream().flatMap(id -> commitments.forCable(id).stream())
                .filter(c -> !c.status().isClosed()).toList();
    }

    private static Map<String, LocalDate> days(ICalendar calendar) {
        return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(),
                CalendarFeedsIT::day));
    }

    private static LocalDate day(VEvent event) {
        return event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
