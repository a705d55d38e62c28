package org.septel.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.commitment.CandidateView;
import org.septel.commitment.CommitmentEvent;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.commitment.ReminderKind;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mails through the outbox to a real (in-process) SMTP server: who gets what, that a timer firing twice sends one
 * mail, that opting out is honoured, and that no classified word of the fixture cable reaches any mailbox, however
 * highly the recipient is cleared.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:mail;DB_CLOSE_DELAY=-1")
@Import(MailNoticesIT.Time.class)
class MailNoticesIT {

    /** Time these tests can move: the fixture's dates lie in 2009. */
    static final MovableClock CLOCK = new MovableClock();

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    /** A fixed free port (not GreenMail's dynamic one), so that the server can be stopped and started again. */
    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static {
        SMTP.start();
    }
    static final AtomicInteger NEXT_FIXTURE = new AtomicInteger(12400);

    /** Words of the fixture's C, S and S/NF parts, and of its SECRET subject line. */
    static final List<String> CLASSIFIED_WORDS = List.of("PERSIMMON", "ZANZIBAR", "QUASAR", "OBSIDIAN",
            "MARKING FIXTURE", "deliver the points");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("septel.mail.from", () -> "septel@example.org");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    CableIntake intake;
    @Autowired
    org.septel.cable.CableCatalog catalog;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    StaffDirectory staff;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    OutboxSender sender;
    @Autowired
    MailOutbox outbox;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    static final Clearance TOP = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);

    @BeforeEach
    void people() {
        CLOCK.set(Instant.parse("2008-09-22T09:00:00Z"));
        SMTP.reset();
        enrol("dana", Role.DESK_OFFICER, TOP, "dana@example.org", EnumSet.allOf(NoticeKind.class));
        enrol("ivy", Role.DESK_OFFICER, Clearance.of(Classification.CONFIDENTIAL), "ivy@example.org",
                EnumSet.allOf(NoticeKind.class));
        enrol("morgan", Role.MANAGER, TOP, "morgan@example.org", EnumSet.allOf(NoticeKind.class));
        enrol("noel", Role.MANAGER, TOP, "noel@example.org", EnumSet.of(NoticeKind.WEEKLY_DIGEST));
        enrol("nomail", Role.MANAGER, TOP, null, EnumSet.allOf(NoticeKind.class));
        mixed = fileMixedFixture();
    }

    CableId mixed;

    /** A fresh copy of the U/C/S/S-NF fixture under a new id for each test, so tests share no follow-ups. */
    private CableId fileMixedFixture() {
        int number = NEXT_FIXTURE.incrementAndGet();
        String text = new String(TestCables.bytes("09STATE12345"), StandardCharsets.ISO_8859_1)
                .replace("STATE 012345", "STATE 0" + number).replace("#2345", "#" + number % 10000);
        intake.file("mixed-" + number, text.getBytes(StandardCharsets.ISO_8859_1));
        CableId id = CableId.of("09STATE" + number);
        assertThat(catalog.isOnFile(id)).isTrue();
        return id;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_reminder_fired_twice_reaches_the_owner_once() throws Exception {
        long id = openFollowUp(mixed, "dana");

        assertThat(commitments.remind(id, ReminderKind.BEFORE_DUE)).isTrue();
        assertThat(commitments.remind(id, ReminderKind.BEFORE_DUE)).as("the timer fires again").isFalse();
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).as("nothing left to send").isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(recipients(received[0])).containsExactly("dana@example.org");
        assertThat(received[0].getSubject()).startsWith("[Septel] Follow-up due " + commitments.find(id).dueDate());
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("septel@example.org");
        assertNoClassifiedWords(received);
    }

    @Test
    void an_overdue_follow_up_is_told_to_its_owner_and_the_desks_managers_who_want_it() throws Exception {
        long id = openFollowUp(mixed, "dana");

        assertThat(commitments.markOverdue(id)).isTrue();
        assertThat(commitments.markOverdue(id)).as("the overdue timer fires again").isFalse();
        sender.sendDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(MailNoticesIT::recipient))
                .as("noel opted out of overdue notices; nomail has no address")
                .containsExactlyInAnyOrder("dana@example.org", "morgan@example.org");
        assertThat(received).allSatisfy(m -> assertThat(m.getSubject()).startsWith("[Septel] Overdue since"));
        MimeMessage toManager = Arrays.stream(received).filter(m -> recipient(m).startsWith("morgan")).findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(toManager)).contains("A follow-up of dana on your desk passed its due date");
        assertNoClassifiedWords(received);
    }

    @Test
    void an_overdue_notice_reaches_a_manager_who_manages_the_cables_desk_besides_their_own() throws Exception {
        enrol("mail-admin", Role.ADMIN, TOP, null, EnumSet.noneOf(NoticeKind.class));
        if (!staff.exists("mona")) {
            staff.enrol(new StaffMember("mona", "MONA", Role.MANAGER, "EUR-FR", TOP), "password-mona");
        }
        preferences.change("mona", "mona@example.org", EnumSet.of(NoticeKind.OVERDUE));
        staff.changeManagedDesks("mail-admin", "mona", Set.of("NEA-IR"));
        catalog.routeTo(mixed, "desk:NEA-IR");
        long id = openFollowUp(mixed, "dana");

        commitments.markOverdue(id);
        sender.sendDue();

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(MailNoticesIT::recipient))
                .as("morgan's desk is WHA-CAN; mona's own desk is EUR-FR and she manages NEA-IR")
                .containsExactlyInAnyOrder("dana@example.org", "mona@example.org");
    }

    @Test
    void a_matched_reply_is_told_to_the_owner_without_classified_text() throws Exception {
        long id = openFollowUp(mixed, "ivy");

        transaction.executeWithoutResult(s -> events.publishEvent(
                new CommitmentEvent.ReplyMatched(id, mixed, "ivy", CableId.of("09STATE12346"))));
        transaction.executeWithoutResult(s -> events.publishEvent(
                new CommitmentEvent.ReplyMatched(id, mixed, "ivy", CableId.of("09STATE12346"))));
        sender.sendDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).singleElement().satisfies(m -> {
            assertThat(recipient(m)).isEqualTo("ivy@example.org");
            assertThat(m.getSubject()).startsWith("[Septel] Possible reply 09STATE12346 for:");
        });
        assertNoClassifiedWords(received);
    }

    @Test
    void each_manager_gets_one_weekly_digest_with_counts_and_no_classified_text() throws Exception {
        long id = openFollowUp(mixed, "dana");
        commitments.markOverdue(id);
        sender.sendDue();
        SMTP.reset();
        CLOCK.set(Instant.parse("2009-03-09T06:00:00Z"));

        digest.queueAll();
        digest.queueAll();
        sender.sendDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(MailNoticesIT::recipient))
                .as("morgan and noel want the digest; nomail has no address")
                .containsExactlyInAnyOrder("morgan@example.org", "noel@example.org");
        MimeMessage toMorgan = Arrays.stream(received).filter(m -> recipient(m).startsWith("morgan")).findFirst()
                .orElseThrow();
        assertThat(toMorgan.getSubject()).startsWith("[Septel] Weekly digest, week of 2009-03-09:");
        assertThat(GreenMailUtil.getBody(toMorgan)).contains("Overdue by owner:", "dana:", "Slips this week",
                "Promises kept this week");
        assertNoClassifiedWords(received);
    }

    @Test
    void the_digest_tells_the_last_seven_days_slips_and_kept_promises_of_the_managers_desks_only() throws Exception {
        CLOCK.set(Instant.parse("2009-05-20T09:00:00Z"));
        CableId ours = fileUnclassifiedCopy("desk:WHA-CAN");
        CableId theirs = fileUnclassifiedCopy("desk:EUR-FR");
        List<Long> own = openAll(ours, 4);
        List<Long> other = openAll(theirs, 2);
        long secret = openFollowUp(mixed, "dana");
        catalog.routeTo(mixed, "desk:WHA-CAN");
        long slippedLongAgo = own.get(0), slippedThisWeek = own.get(1), keptOnTime = own.get(2), keptLate = own.get(3);
        long keptLongAgo = slippedLongAgo;
        commitments.extend(keptLate, LocalDate.parse("2009-06-01"), "waiting for the ministry", "morgan");

        CLOCK.set(Instant.parse("2009-06-05T06:00:00Z")); // ten days before the digest
        commitments.extend(slippedLongAgo, LocalDate.parse("2009-06-30"), "moved-ten-days-ago", "morgan");
        CLOCK.set(Instant.parse("2009-06-06T06:00:00Z")); // nine days before
        commitments.fulfil(keptLongAgo, "done");
        CLOCK.set(Instant.parse("2009-06-12T06:00:00Z")); // three days before
        commitments.extend(slippedThisWeek, LocalDate.parse("2009-07-01"), "moved-three-days-ago", "morgan");
        commitments.extend(other.get(0), LocalDate.parse("2009-07-02"), "moved-on-another-desk", "eve");
        commitments.extend(secret, LocalDate.parse("2009-07-03"), "reason-about-a-secret-follow-up", "morgan");
        CLOCK.set(Instant.parse("2009-06-13T06:00:00Z")); // two days before
        commitments.fulfil(keptOnTime, "done");
        commitments.fulfil(keptLate, "done");
        commitments.fulfil(other.get(1), "done");
        sender.sendDue();
        SMTP.reset();

        CLOCK.set(Instant.parse("2009-06-15T06:00:00Z"));
        digest.queueAll();
        sender.sendDue();

        MimeMessage toMorgan = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).startsWith("morgan") && subject(m).contains("week of 2009-06-15"))
                .findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(toMorgan).replaceAll("=\\r?\\n", "");
        String slips = body.substring(body.indexOf("Slips this week"), body.indexOf("Promises kept this week"));
        assertThat(slips).contains(commitments.find(slippedThisWeek).action().strip().split("\\s+")[0],
                "[cable " + ours.value() + " (U), owner dana]: no date -> 2009-07-01, by morgan: moved-three-days-ago",
                "follow-up " + secret + " (its text is not sent by mail)",
                "2009-03-01 -> 2009-07-03, by morgan: (reason not sent by mail)");
        assertThat(slips).as("ten days ago is not this week").doesNotContain("moved-ten-days-ago", "2009-06-30");
        assertThat(body).as("another desk's follow-ups never appear")
                .doesNotContain(theirs.value(), "moved-on-another-desk")
                .doesNotContain("reason-about-a-secret-follow-up")
                .contains("Promises kept this week (fulfilled in the last 7 days): 1 on time, 1 late.");
        String kept = body.substring(body.indexOf("Promises kept this week"));
        assertThat(kept).contains(commitments.find(keptOnTime).actor().strip());
        assertNoClassifiedWords(new MimeMessage[] {toMorgan});
    }

    /** A fresh copy of an UNCLASSIFIED corpus cable under a new id, routed to the desk. */
    private CableId fileUnclassifiedCopy(String desk) {
        int number = NEXT_FIXTURE.incrementAndGet();
        String text = new String(TestCables.bytes("72TEHRAN1164"), StandardCharsets.ISO_8859_1)
                .replace("TEHRAN 1164", "TEHRAN " + number);
        intake.file("unclassified-" + number, text.getBytes(StandardCharsets.ISO_8859_1));
        CableId id = CableId.of("72TEHRAN" + number);
        assertThat(catalog.isOnFile(id)).isTrue();
        catalog.routeTo(id, desk);
        return id;
    }

    /** Confirms the cable's candidates and opens them all for dana; returns the first {@code needed} that run dated. */
    private List<Long> openAll(CableId cable, int needed) {
        Reader reviewer = Reader.anyDesk("reviewer", TOP);
        candidates.forCable(cable).stream().filter(c -> c.reviewState() != org.septel.commitment.ReviewState.CONFIRMED)
                .forEach(c -> candidates.confirm(c.id(), reviewer));
        commitments.openConfirmed(cable, "dana");
        List<Long> open = commitments.forCable(cable).stream().filter(c -> !c.awaitsAnchor() && c.dueDate() == null)
                .map(CommitmentView::id).toList();
        assertThat(open).as("undated follow-ups in " + cable.value()).hasSizeGreaterThanOrEqualTo(needed);
        return open.subList(0, needed);
    }

    @Test
    void a_person_who_opts_out_of_reminders_gets_none() {
        long id = openFollowUp(mixed, "dana");
        preferences.change("dana", "dana@example.org", EnumSet.of(NoticeKind.OVERDUE));

        commitments.remind(id, ReminderKind.BEFORE_DUE);
        sender.sendDue();

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        preferences.change("dana", "dana@example.org", EnumSet.allOf(NoticeKind.class));
    }

    @Test
    void the_title_of_an_unclassified_follow_up_is_mailed() throws Exception {
        CableId unclassified = CableId.of("72TEHRAN1164");
        if (!catalog.isOnFile(unclassified)) {
            intake.file("u", TestCables.bytes(unclassified.value()));
        }
        long id = openFollowUp(unclassified, "dana");
        CommitmentView view = commitments.find(id);

        commitments.markOverdue(id);
        sender.sendDue();

        MimeMessage toOwner = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).startsWith("dana"))
                .findFirst().orElseThrow();
        String firstWords = view.action().strip().split("\\s+")[0];
        assertThat(toOwner.getSubject()).contains(firstWords);
        assertThat(GreenMailUtil.getBody(toOwner)).contains("cable 72TEHRAN1164 (U)");
    }

    @Test
    void a_mail_that_fails_is_kept_and_not_retried_before_its_backoff() {
        long id = openFollowUp(mixed, "dana");
        commitments.remind(id, ReminderKind.FOLLOW_UP_DATE);
        commitments.remind(id, ReminderKind.BEFORE_DUE);
        SMTP.stop();
        try {
            assertThat(sender.sendDue()).isZero();
        } finally {
            SMTP.start();
        }
        assertThat(sender.sendDue()).as("the retry is due a minute later").isZero();
        assertThat(outbox.queuedFor("dana")).filteredOn(m -> m.status().equals("PENDING"))
                .hasSize(2).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));

        CLOCK.set(CLOCK.instant().plusSeconds(61));
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    private long openFollowUp(CableId cable, String owner) {
        Reader reviewer = Reader.anyDesk("reviewer", TOP);
        List<CandidateView> found = candidates.forCable(cable);
        assertThat(found).as("candidates in " + cable.value()).isNotEmpty();
        CandidateView dated = found.stream().filter(c -> c.dueDate() != null).findFirst().orElse(found.get(0));
        if (dated.reviewState() != org.septel.commitment.ReviewState.CONFIRMED) {
            candidates.confirm(dated.id(), reviewer);
        }
        commitments.openConfirmed(cable, owner);
        return commitments.forCable(cable).stream().filter(c -> c.candidateId() == dated.id()).findFirst()
                .map(CommitmentView::id).orElseThrow();
    }

    private void enrol(String username, Role role, Clearance clearance, String email, Set<NoticeKind> kinds) {
        if (!staff.exists(username)) {
            staff.enrol(new StaffMember(username, username.toUpperCase(), role, "WHA-CAN", clearance),
                    "password-" + username);
        }
        preferences.change(username, email, kinds);
    }

    static void assertNoClassifiedWords(MimeMessage[] received) throws Exception {
        for (MimeMessage message : received) {
            String whole = message.getSubject() + "\n" + GreenMailUtil.getWholeMessage(message);
            for (String word : CLASSIFIED_WORDS) {
                assertThat(whole).as("mail to " + recipient(message)).doesNotContainIgnoringCase(word);
            }
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        return recipients(message).get(0);
    }

    static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
