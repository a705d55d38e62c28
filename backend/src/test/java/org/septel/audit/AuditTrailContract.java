package org.septel.audit;

import org.junit.jupiter.api.Test;
import org.septel.BackendTestApplication;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.CableAccess;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.commitment.CandidateView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The security officer's trail and denial log, run on H2 and on PostgreSQL. */
abstract class AuditTrailContract {

    private static final Instant FROM = BackendTestApplication.NOW.minus(Duration.ofDays(1));
    private static final Instant TO = BackendTestApplication.NOW.plus(Duration.ofDays(1));
    private static final CableId SEED = CableId.of(SampleCables.SEED_ID);

    @Autowired
    AuditTrail trail;
    @Autowired
    AccessDenials denials;
    @Autowired
    StaffDirectory staff;
    @Autowired
    CableIntake intake;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    CableAccess access;

    @org.junit.jupiter.api.BeforeEach
    void administrator() {
        if (!staff.exists("sec-admin")) {
            staff.enrol(new StaffMember("sec-admin", "Security Admin", Role.ADMIN, null,
                    Clearance.of(Classification.SECRET)), "long-password-1");
        }
    }

    @Test
    void each_change_of_owner_date_status_and_clearance_is_in_the_trail_with_who_and_from_which_value_to_which() {
        staff.enrol(new StaffMember("trail-officer", "Trail Officer", Role.DESK_OFFICER, "WHA-CAN",
                Clearance.of(Classification.CONFIDENTIAL)), "long-password-1");
        intake.file("seed.txt", SampleCables.seed());
        Reader dana = Reader.anyDesk("dana", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
        CandidateView briefing = candidates.forCable(SEED).stream().filter(c -> c.dueDate() != null).findFirst()
                .orElseThrow();

        Auditor.use(() -> "sec-admin");
        try {
            staff.changeClearance("sec-admin", "trail-officer", Clearance.of(Classification.SECRET));
            candidates.confirm(briefing.id(), dana);
            long id = commitments.forCable(SEED).stream().filter(c -> c.candidateId() == briefing.id()).findFirst()
                    .map(c -> c.id()).orElseGet(() -> commitments.openConfirmed(SEED, "dana").get(0));
            commitments.extend(id, LocalDate.parse("2009-06-30"), "Caza's office asked for time", "sec-admin");
        } finally {
            Auditor.use(() -> Auditor.SYSTEM);
        }

        List<TrailEntry> entries = trail.between(FROM, TO, 1000);

        assertThat(entries).extracting(TrailEntry::by, TrailEntry::subject, TrailEntry::field, TrailEntry::from,
                TrailEntry::to).contains(
                tuple("sec-admin", "staff trail-officer", "clearance", "CONFIDENTIAL", "SECRET"),
                tuple("sec-admin", "candidate " + briefing.id() + " of 08OTTAWA1245", "review_state", "PROPOSED",
                        "CONFIRMED"));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.subject()).startsWith("follow-up ").endsWith(" of 08OTTAWA1245");
            assertThat(entry.field()).isEqualTo("due_date");
            assertThat(entry.to()).isEqualTo("2009-06-30");
            assertThat(entry.from()).isNotNull();
        });
        assertThat(entries).allSatisfy(entry -> assertThat(entry.at()).isEqualTo(BackendTestApplication.NOW));
        assertThat(trail.between(TO, TO.plus(Duration.ofDays(1)), 1000)).isEmpty();
    }

    @Test
    void a_refused_read_is_logged_with_who_what_and_why_and_never_the_cables_text() {
        intake.file("seed.txt", SampleCables.seed());
        Reader elsewhere = new Reader("other-desk", Clearance.of(Classification.SECRET, PortionMarking.NOFORN),
                Set.of("desk:EUR-FR"), false);
        Reader uncleared = Reader.anyDesk("low-clearance", Clearance.of(Classification.UNCLASSIFIED));
        long before = denials.countBetween(FROM, TO);

        access.read(SEED, uncleared);
        denials.record("curious", "GET /api/cables/08OTTAWA1245", "the person's role does not allow it");

        assertThat(denials.countBetween(FROM, TO)).isEqualTo(before + 2);
        assertThat(denials.between(FROM, TO, 0, 100)).extracting(AccessDenial::username, AccessDenial::resource)
                .contains(tuple("low-clearance", "cable 08OTTAWA1245"),
                        tuple("curious", "GET /api/cables/08OTTAWA1245"));
        assertThat(denials.between(FROM, TO, 0, 100)).filteredOn(d -> d.username().equals("low-clearance"))
                .allSatisfy(d -> assertThat(d.reason()).contains("marked S").doesNotContain("Caza"));
        assertThat(elsewhere.mayOpenDesk("desk:WHA-CAN")).isFalse();
    }
}
