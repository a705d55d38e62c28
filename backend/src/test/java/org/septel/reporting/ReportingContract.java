package org.septel.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.cable.CableIntake;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.commitment.CommitmentStatus;
import org.septel.commitment.Commitments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work lists and boards over real SQL, on H2 and on PostgreSQL. Today is Monday 22 September 2008
 * ({@code BackendTestApplication}); the week ends on Sunday the 28th.
 */
abstract class ReportingContract {

    static final String CAN = "desk:WHA-CAN";
    static final Instant CREATED = Instant.parse("2008-08-01T09:00:00Z");

    @Autowired
    WorkList workList;
    @Autowired
    OverdueBoard board;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CableIntake intake;
    @Autowired
    RecentChanges recent;
    @Autowired
    BoardReadModel readModel;
    @Autowired
    Commitments commitments;
    @Autowired
    WeekSnapshots weekSnapshots;

    ReportingRows rows;
    long c1, c2, c3, c4, c5, candidate;

    final Reader dana = new Reader("dana", Clearance.of(Classification.SECRET, PortionMarking.NOFORN), Set.of(CAN), false);
    final Reader danaNoNoforn = new Reader("dana", Clearance.of(Classification.SECRET), Set.of(CAN), false);
    final Reader danaConfidential = new Reader("dana", Clearance.of(Classification.CONFIDENTIAL), Set.of(CAN), false);
    final Reader chief = Reader.anyDesk("chief", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));

    @BeforeEach
    void rows() {
        rows = new ReportingRows(jdbc);
        rows.clear();
        rows.cable("08OTTAWA1", "Canada Arctic sovereignty", "SECRET", "", "PREL PGOV CA", CAN);
        rows.cable("08PARIS2", "French budget", "CONFIDENTIAL", "", "ECON FR", "desk:EUR-FR");
        rows.cable("08STATE3", "Open note", "UNCLASSIFIED", "", "PREL", null);
        rows.cable("08OTTAWA4", "Sources", "SECRET", "NOFORN", "PINR", CAN);
        c1 = rows.commitment("08OTTAWA1", "Caza", "PCO", "report back", day("2008-08-20"), day("2008-09-15"), "dana", "OVERDUE", CREATED, null);
        rows.slip(c1, day("2008-08-20"), day("2008-09-01"));
        rows.slip(c1, day("2008-09-01"), day("2008-09-10"));
        c2 = rows.commitment("08OTTAWA1", "Sample", "DFAIT", "send comments", day("2008-09-25"), null, "dana", "OPEN", CREATED, null);
        c3 = rows.commitment("08STATE3", "Harper", "PCO", "brief cabinet", null, day("2008-09-20"), "dana", "OPEN", CREATED, null);
        c4 = rows.commitment("08PARIS2", "Lagarde", "Finance", "share figures", day("2008-09-19"), null, "eve", "OPEN", CREATED, null);
        c5 = rows.commitment("08OTTAWA4", "Source", "CSIS", "report", day("2008-05-01"), null, "dana", "OVERDUE", CREATED, null);
        rows.commitment("08OTTAWA1", "Caza", "PCO", "call", day("2008-09-10"), null, "dana", "FULFILLED", CREATED,
                Instant.parse("2008-09-05T10:00:00Z"));
        rows.commitment("08OTTAWA1", "Caza", "PCO", "write", day("2008-09-01"), null, "dana", "FULFILLED", CREATED,
                Instant.parse("2008-09-15T10:00:00Z"));
        candidate = rows.candidate("08OTTAWA1", "Emerson", "Embassy", "confirm the date", day("2008-10-15"), null,
                "EVENT", "PROPOSED", 0.42, 2);
        // The rows went in around the domain, so no event fed the board's read model: build it from them.
        readModel.rebuild();
    }

    @Test
    void my_work_is_my_open_follow_ups_and_my_desks_unreviewed_ones_by_due_date_with_no_due_date_last() {
        List<WorkRow> page = workList.page(dana, WorkFilter.myWork("dana"), WorkSort.DUE_FIRST, 0, 50);

        assertThat(page).extracting(WorkRow::candidateId).containsExactly(candidateOf(c5), candidateOf(c1),
                candidateOf(c2), candidate, candidateOf(c3));
        assertThat(workList.count(dana, WorkFilter.myWork("dana"))).isEqualTo(5);
        WorkRow first = page.get(1);
        assertThat(first.title()).isEqualTo("Caza: report back");
        assertThat(first.commitmentId()).isEqualTo(c1);
        assertThat(first.status()).isEqualTo(WorkStatus.OVERDUE);
        assertThat(first.marking()).isEqualTo("S");
        assertThat(first.desk()).isEqualTo(CAN);
        assertThat(page.get(0).marking()).isEqualTo("S/NF");
        WorkRow unreviewed = page.get(3);
        assertThat(unreviewed.isCandidate()).isTrue();
        assertThat(unreviewed.confidence()).isEqualTo(0.42);
        assertThat(unreviewed.status()).isEqualTo(WorkStatus.UNREVIEWED);
    }

    @Test
    void pages_and_sorts_in_the_database() {
        assertThat(workList.page(dana, WorkFilter.myWork("dana"), WorkSort.DUE_FIRST, 1, 2))
                .extracting(WorkRow::commitmentId).containsExactly(c1, c2);
        assertThat(workList.page(dana, WorkFilter.myWork("dana"), new WorkSort(WorkSort.Column.DUE_DATE, true), 0, 5))
                .extracting(WorkRow::candidateId).containsExactly(candidate, candidateOf(c2), candidateOf(c1),
                        candidateOf(c5), candidateOf(c3));
        assertThat(workList.page(dana, WorkFilter.tracked().withOwner("dana"), new WorkSort(WorkSort.Column.FOLLOW_UP_DATE, false), 0, 2))
                .extracting(WorkRow::commitmentId).containsExactly(c1, c3);
    }

    @Test
    void rows_above_the_readers_clearance_or_of_other_desks_never_leave_the_database() {
        assertThat(workList.page(danaNoNoforn, WorkFilter.myWork("dana"), WorkSort.DUE_FIRST, 0, 50))
                .extracting(WorkRow::commitmentId).doesNotContain(c5).contains(c1);
        assertThat(workList.page(danaConfidential, WorkFilter.myWork("dana"), WorkSort.DUE_FIRST, 0, 50))
                .extracting(WorkRow::commitmentId).containsExactly(c3);
        assertThat(workList.count(dana, WorkFilter.open())).as("not EUR-FR").isEqualTo(5);
        assertThat(workList.count(chief, WorkFilter.open())).isEqualTo(6);
        assertThat(workList.page(dana, WorkFilter.open().withOwner("eve"), WorkSort.DUE_FIRST, 0, 50))
                .extracting(WorkRow::commitmentId).doesNotContain(c4);
    }

    @Test
    void the_first_page_with_its_count_is_the_page_and_the_count_read_apart() {
        List<WorkFilter> filters = List.of(WorkFilter.myWork("dana"), WorkFilter.open(), WorkFilter.tracked(),
                WorkFilter.open().withOwner("eve"), WorkFilter.myWork("nobody").withStatuses(EnumSet.of(WorkStatus.FULFILLED)),
                WorkFilter.open().withText("caza"), WorkFilter.open().withCounterpartOrg("PCO"));
        List<Reader> readers = List.of(dana, danaNoNoforn, danaConfidential, chief);
        List<WorkSort> sorts = List.of(WorkSort.DUE_FIRST, new WorkSort(WorkSort.Column.DUE_DATE, true),
                new WorkSort(WorkSort.Column.OWNER, false), new WorkSort(WorkSort.Column.COUNTERPART, true),
                new WorkSort(WorkSort.Column.STATUS, false), new WorkSort(WorkSort.Column.CABLE, true),
                new WorkSort(WorkSort.Column.FOLLOW_UP_DATE, false));
        for (WorkFilter filter : filters) {
            for (Reader reader : readers) {
                for (WorkSort sort : sorts) {
                    for (int limit : new int[] {1, 2, 50}) {
                        WorkPage first = workList.firstPage(reader, filter, sort, limit);
                        assertThat(first.rows()).as("%s %s %s %d", filter, reader, sort, limit)
                                .isEqualTo(workList.page(reader, filter, sort, 0, limit));
                        assertThat(first.total()).isEqualTo(workList.count(reader, filter));
                    }
                }
            }
        }
    }

    @Test
    void a_reader_of_no_desk_sees_the_unrouted_cables_whether_their_desk_is_empty_or_the_desk_officers() {
        rows.cable("08STATE5", "Routed to the desk officers", "UNCLASSIFIED", "", "PREL", Reader.UNROUTED);
        long routed = rows.commitment("08STATE5", "Harper", "PCO", "call back", null, null, "dana", "OPEN", CREATED, null);
        Reader noDesk = new Reader("dana", Clearance.of(Classification.SECRET, PortionMarking.NOFORN), Set.of(), false);

        assertThat(workList.page(noDesk, WorkFilter.myWork("dana"), WorkSort.DUE_FIRST, 0, 50))
                .extracting(WorkRow::commitmentId).containsExactlyInAnyOrder(c3, routed);
        assertThat(workList.count(noDesk, WorkFilter.myWork("dana"))).isEqualTo(2);
        assertThat(workList.count(dana, WorkFilter.myWork("dana"))).as("CAN and the unrouted ones").isEqualTo(6);
    }

    @Test
    void quick_filters_text_tags_organisations_and_ages_narrow_the_list() {
        assertThat(ids(WorkFilter.myWork("dana").withQuick(Set.of(QuickFilter.OVERDUE)))).containsExactly(candidateOf(c5), candidateOf(c1));
        assertThat(ids(WorkFilter.myWork("dana").withQuick(Set.of(QuickFilter.DUE_THIS_WEEK)))).containsExactly(candidateOf(c2));
        assertThat(ids(WorkFilter.myWork("dana").withQuick(Set.of(QuickFilter.CHASE_NOW)))).containsExactly(candidateOf(c1), candidateOf(c3));
        assertThat(ids(WorkFilter.myWork("dana").withQuick(Set.of(QuickFilter.NO_DUE_DATE)))).containsExactly(candidateOf(c3));
        assertThat(ids(WorkFilter.myWork("dana").withQuick(Set.of(QuickFilter.WAITING_ON_EVENT)))).containsExactly(candidate);
        assertThat(ids(WorkFilter.myWork("dana").withText("ARCTIC"))).containsExactly(candidateOf(c1), candidateOf(c2), candidate);
        assertThat(ids(WorkFilter.myWork("dana").withText("100%"))).isEmpty();
        assertThat(ids(WorkFilter.myWork("dana").withTag("ca"))).containsExactly(candidateOf(c1), candidateOf(c2), candidate);
        assertThat(ids(WorkFilter.myWork("dana").withCounterpartOrg("PCO"))).containsExactly(candidateOf(c1), candidateOf(c3));
        assertThat(ids(WorkFilter.myWork("dana").withAge(AgeBucket.DAYS_8_30))).containsExactly(candidateOf(c1));
        assertThat(ids(WorkFilter.myWork("dana").withAge(AgeBucket.DAYS_OVER_90))).containsExactly(candidateOf(c5));
    }

    @Test
    void the_board_counts_overdue_and_due_soon_by_desk_owner_organisation_tag_and_age() {
        BoardTallies tallies = board.tallies(chief, WorkFilter.open());

        assertThat(tallies.open()).isEqualTo(5);
        assertThat(tallies.overdue()).isEqualTo(3);
        assertThat(tallies.dueSoon()).isEqualTo(1);
        assertThat(tallies.byDesk()).containsExactly(new Tally(CAN, 2, 1), new Tally("desk:EUR-FR", 1, 0));
        assertThat(tallies.byOwner()).containsExactly(new Tally("dana", 2, 1), new Tally("eve", 1, 0));
        assertThat(tallies.byTag()).contains(new Tally("PREL", 1, 1), new Tally("PINR", 1, 0), new Tally("FR", 1, 0));
        assertThat(tallies.byCounterpartOrg()).contains(new Tally("PCO", 1, 0), new Tally("DFAIT", 0, 1));
        assertThat(tallies.byAge()).containsEntry(AgeBucket.DAYS_1_7, 1L).containsEntry(AgeBucket.DAYS_8_30, 1L)
                .containsEntry(AgeBucket.DAYS_31_90, 0L).containsEntry(AgeBucket.DAYS_OVER_90, 1L);
        assertThat(board.tallies(dana, WorkFilter.open()).byDesk()).extracting(Tally::key).containsExactly(CAN);
    }

    @Test
    void trend_slippage_and_ledger() {
        List<WeekPoint> trend = board.trend(chief, WorkFilter.open(), 12);
        assertThat(trend).hasSize(12);
        assertThat(trend.get(0)).isEqualTo(new WeekPoint(day("2008-07-13"), 0, 0));
        assertThat(trend.get(11)).isEqualTo(new WeekPoint(day("2008-09-28"), 5, 4));

        assertThat(board.slippage(chief, WorkFilter.open(), 10)).singleElement().satisfies(slipped -> {
            assertThat(slipped.commitmentId()).isEqualTo(c1);
            assertThat(slipped.slips()).isEqualTo(2);
            assertThat(slipped.daysSlipped()).isEqualTo(21);
        });

        assertThat(board.ledger(chief, WorkFilter.open(), 10)).contains(new LedgerLine("PCO", "Caza", 1, 1, 1, 1),
                new LedgerLine("Finance", "Lagarde", 0, 0, 1, 1));
        assertThat(board.weeklyReport(dana, WorkFilter.open()).oldestOverdue()).extracting(WorkRow::commitmentId)
                .containsExactly(c5, c1);
    }

    @Test
    void the_board_read_model_follows_random_lifecycle_moves_and_agrees_with_a_count_over_the_follow_ups() {
        Random random = new Random(22);
        List<Long> ids = BoardMoves.open(rows, commitments, random, 40, "08OTTAWA1", "08PARIS2", "08STATE3", "08OTTAWA4");
        assertThat(ids).hasSize(40);
        for (int i = 0; i < 300; i++) {
            BoardMoves.move(commitments, random, ids);
        }
        assertThat(ids.stream().map(id -> commitments.find(id).status()).distinct())
                .as("the moves reached every part of the lifecycle").contains(CommitmentStatus.OPEN,
                        CommitmentStatus.DUE_SOON, CommitmentStatus.OVERDUE, CommitmentStatus.FULFILLED,
                        CommitmentStatus.WITHDRAWN);
        assertThat(jdbc.queryForObject("select count(distinct action) from commitment_action", Long.class))
                .as("chased, reassigned and anchored").isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from commitment_slip", Long.class)).isGreaterThan(10);

        BoardMoves.assertSummaryMatchesFollowUps(jdbc);
        LocalDate today = day("2008-09-22");
        for (Reader reader : List.of(chief, dana, danaNoNoforn, danaConfidential)) {
            for (WorkFilter filter : List.of(WorkFilter.tracked(), WorkFilter.tracked().withDesk(CAN))) {
                assertThat(board.tallies(reader, filter)).as(reader + " " + filter)
                        .isEqualTo(board.directTallies(reader, filter, today));
            }
        }
    }

    @Test
    void an_empty_read_model_is_built_from_the_follow_ups_once() {
        for (String table : new String[] {"board_tag_count", "board_count", "board_entry"}) {
            jdbc.update("delete from " + table);
        }

        assertThat(readModel.rebuildIfEmpty()).isTrue();
        assertThat(readModel.rebuildIfEmpty()).isFalse();
        BoardMoves.assertSummaryMatchesFollowUps(jdbc);
        assertThat(board.tallies(chief, WorkFilter.open()).overdue()).isEqualTo(3);
    }

    @Test
    void the_trend_counts_each_past_week_with_the_due_dates_of_then_and_stores_it_once() {
        String desk = "desk:TREND";
        rows.cable("08TREND1", "Trend", "UNCLASSIFIED", "", "PREL", desk);
        long slipped = rows.commitment("08TREND1", "Caza", "PCO", "report", day("2008-08-01"), null, "dana", "OPEN",
                Instant.parse("2008-07-01T09:00:00Z"), null);
        rows.slip(slipped, day("2008-08-01"), day("2008-09-30"), Instant.parse("2008-08-15T12:00:00Z"));
        rows.commitment("08TREND1", "Sample", "DFAIT", "send", day("2008-08-05"), null, "dana", "FULFILLED",
                Instant.parse("2008-07-01T09:00:00Z"), Instant.parse("2008-08-12T10:00:00Z"));
        readModel.rebuild();
        WorkFilter trendDesk = WorkFilter.tracked().withDesk(desk);

        List<WeekPoint> trend = board.trend(chief, trendDesk, 12);

        assertThat(trend).extracting(WeekPoint::weekEnding).startsWith(day("2008-07-13")).endsWith(day("2008-09-28"));
        assertThat(trend.get(0)).isEqualTo(new WeekPoint(day("2008-07-13"), 2, 0));
        assertThat(trend.get(3)).isEqualTo(new WeekPoint(day("2008-08-03"), 2, 1));
        // Still due on 1 August then (slipped only on the 15th), so overdue, beside the other one due on the 5th.
        assertThat(trend.get(4)).isEqualTo(new WeekPoint(day("2008-08-10"), 2, 2));
        assertThat(trend.get(5)).isEqualTo(new WeekPoint(day("2008-08-17"), 1, 0));
        assertThat(trend.get(11)).isEqualTo(new WeekPoint(day("2008-09-28"), 1, 0));
        assertThat(board.trend(danaConfidential, trendDesk, 12)).allSatisfy(p -> assertThat(p.open()).isZero());

        // History written later does not change the weeks already stored; asking again stores nothing twice.
        rows.commitment("08TREND1", "Late", "PCO", "late entry", day("2008-07-02"), null, "dana", "OPEN",
                Instant.parse("2008-07-01T09:00:00Z"), null);
        weekSnapshots.takeMissing(WeekSnapshots.weekEnds(day("2008-09-22"), 12));
        assertThat(board.trend(chief, trendDesk, 12).get(3)).isEqualTo(new WeekPoint(day("2008-08-03"), 2, 1));
        assertThat(jdbc.queryForObject("select count(*) from board_week_taken", Long.class)).isEqualTo(11);
        assertThat(jdbc.queryForObject("select count(*) from board_week where week_end = ? and desk = ?", Long.class,
                day("2008-08-03"), desk)).isEqualTo(1);
    }

    @Test
    void a_title_is_never_built_from_a_paragraph_withheld_from_the_reader() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/09STATE12345.txt")) {
            intake.file("mixed", in.readAllBytes());
        }
        long secretCandidate = rows.candidate("09STATE12345", "QUASAR", "Org", "secret act", day("2008-10-01"), null,
                "DCT", "CONFIRMED", 0.9, 4);
        long secret = rows.commitmentOf(secretCandidate, "09STATE12345", "QUASAR", "secret act", day("2008-10-01"), null,
                "dana", "OPEN", CREATED, null);
        WorkFilter filter = WorkFilter.tracked().withCableId("09STATE12345");

        WorkRow hidden = workList.page(danaNoNoforn, filter, WorkSort.DUE_FIRST, 0, 10).get(0);
        WorkRow shown = workList.page(dana, filter, WorkSort.DUE_FIRST, 0, 10).get(0);

        assertThat(hidden.commitmentId()).isEqualTo(secret);
        assertThat(hidden.withheld()).isTrue();
        assertThat(hidden.title()).isEqualTo("Follow-up in withheld paragraph 4 (S)").doesNotContain("QUASAR");
        assertThat(hidden.toString()).doesNotContain("QUASAR", "secret act");
        assertThat(shown.title()).isEqualTo("QUASAR: secret act");
        assertThat(workList.commitment(danaNoNoforn, secret)).get().extracting(WorkRow::withheld).isEqualTo(true);
        assertThat(workList.commitment(danaConfidential, secret)).isEmpty();

        // Searching for a word of the withheld paragraph must not answer whether it is there: no row, no count.
        WorkFilter searched = filter.withText("quasar");
        assertThat(workList.page(danaNoNoforn, searched, WorkSort.DUE_FIRST, 0, 10)).isEmpty();
        assertThat(workList.count(danaNoNoforn, searched)).isZero();
        assertThat(workList.page(dana, searched, WorkSort.DUE_FIRST, 0, 10)).extracting(WorkRow::commitmentId)
                .containsExactly(secret);
        assertThat(workList.count(dana, searched)).isEqualTo(1);
    }

    @Test
    void recent_changes_are_the_windows_slips_and_kept_promises_within_the_readers_desks_and_clearance() throws IOException {
        Instant now = Instant.parse("2008-09-22T09:00:00Z");
        Instant weekAgo = now.minus(Duration.ofDays(7));
        slipAt(c2, day("2008-09-25"), day("2008-10-10"), "ministry on leave", now.minus(Duration.ofDays(3)));
        slipAt(c4, day("2008-09-19"), day("2008-10-19"), "another desk", now.minus(Duration.ofDays(3)));
        slipAt(c5, day("2008-05-01"), day("2008-11-01"), "source travelling", now.minus(Duration.ofDays(2)));
        try (InputStream in = getClass().getResourceAsStream("/fixtures/09STATE12345.txt")) {
            intake.file("mixed", in.readAllBytes());
        }
        long secretCandidate = rows.candidate("09STATE12345", "QUASAR", "Org", "secret act", null, null, "DCT",
                "CONFIRMED", 0.9, 4);
        long secret = rows.commitmentOf(secretCandidate, "09STATE12345", "QUASAR", "secret act", day("2008-10-01"),
                null, "dana", "OPEN", CREATED, null);
        slipAt(secret, null, day("2008-10-01"), "QUASAR moved", now.minus(Duration.ofDays(1)));

        List<RecentSlip> slips = recent.slips(dana, weekAgo, now, 50);

        assertThat(slips).as("newest first; c1's slips of 1 September are older than a week; c4 is EUR-FR's")
                .extracting(RecentSlip::commitmentId).containsExactly(secret, c5, c2);
        assertThat(slips.get(2)).satisfies(s -> {
            assertThat(s.title()).isEqualTo("Sample: send comments");
            assertThat(s.oldDueDate()).isEqualTo(day("2008-09-25"));
            assertThat(s.newDueDate()).isEqualTo(day("2008-10-10"));
            assertThat(s.reason()).isEqualTo("ministry on leave");
            assertThat(s.approvedBy()).isEqualTo("morgan");
            assertThat(s.withheld()).isFalse();
        });
        List<RecentSlip> uncleared = recent.slips(danaNoNoforn, weekAgo, now, 50);
        assertThat(uncleared).extracting(RecentSlip::commitmentId).as("no NOFORN cable").containsExactly(secret, c2);
        assertThat(uncleared.get(0)).satisfies(s -> {
            assertThat(s.withheld()).isTrue();
            assertThat(s.reason()).as("a reason about a withheld follow-up is withheld too").isNull();
            assertThat(s.title()).doesNotContain("QUASAR");
        });
        assertThat(recent.slips(dana, now.minus(Duration.ofDays(2)), now, 50)).extracting(RecentSlip::commitmentId)
                .as("the window starts at its first instant").containsExactly(secret, c5);
        assertThat(recent.slips(dana, now.minus(Duration.ofDays(2)).plusMillis(1), now, 50))
                .extracting(RecentSlip::commitmentId).containsExactly(secret);

        List<KeptPromise> kept = recent.kept(dana, weekAgo, now, 50);

        assertThat(kept).as("closed on 15 September, a week and an hour ago is not").singleElement().satisfies(k -> {
            assertThat(k.counterpart()).isEqualTo("Caza");
            assertThat(k.promisedBy()).isEqualTo(day("2008-09-01"));
            assertThat(k.keptOn()).isEqualTo(day("2008-09-15"));
            assertThat(k.onTime()).isFalse();
        });
        assertThat(recent.kept(chief, now.minus(Duration.ofDays(30)), now, 50)).extracting(KeptPromise::onTime)
                .containsExactly(false, true);
    }

    private void slipAt(long commitment, LocalDate from, LocalDate to, String reason, Instant at) {
        jdbc.update("insert into commitment_slip (id, commitment_id, old_due_date, new_due_date, reason, approved_by,"
                + " slipped_at) values (?, ?, ?, ?, ?, 'morgan', ?)", 8_000_000 + commitment, commitment, from, to,
                reason, at.atOffset(java.time.ZoneOffset.UTC));
    }

    private List<Long> ids(WorkFilter filter) {
        return workList.page(dana, filter, WorkSort.DUE_FIRST, 0, 50).stream().map(WorkRow::candidateId).toList();
    }

    private long candidateOf(long commitment) {
        return jdbc.queryForObject("select candidate_id from commitment where id = ?", Long.class, commitment);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Set<WorkStatus> statuses(WorkStatus... statuses) {
        return EnumSet.of(statuses[0], statuses);
    }
}
