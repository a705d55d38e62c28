package org.septel.screens;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.septel.cable.CableIntake;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.commitment.FollowUpCandidates;
import org.septel.reporting.Escalation;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.WorkRow;
import org.septel.reporting.WorkStatus;
import org.septel.staff.Role;
import org.septel.ui.followup.FollowUpView;
import org.septel.ui.manager.CounterpartLedgerView;
import org.septel.ui.manager.EscalationsView;
import org.septel.ui.manager.OverdueBoardView;
import org.septel.ui.manager.WeeklyReportView;
import org.septel.ui.search.SearchView;
import org.septel.ui.tasks.MyTasksView;
import org.septel.ui.tasks.TaskView;
import org.septel.TestCables;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * My work, the follow-up page, the overdue board, escalations, the weekly report and search, driven with
 * Karibu-Testing over the real services and engine. The seed cable's follow-ups are dana's; one is overdue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreensIT extends KaribuSupport {

    @Autowired
    CableIntake intake;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    WorkItems workItems;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    /** A second Ottawa cable (TAGS CA, so the same desk), filed late so the counts above stay the seed's. */
    private static final String SECOND_CABLE = "08OTTAWA1258";

    long openFollowUps;

    @BeforeAll
    void seed() {
        ensureUser("dana", Role.DESK_OFFICER);
        ensureUser("morgan", Role.MANAGER);
        ensureUser("ivy", Role.DESK_OFFICER, Clearance.of(Classification.CONFIDENTIAL));
        ensureUser("otto", Role.DESK_OFFICER);
        ScreenFixture.seed(intake, candidates, workItems, management);
        openFollowUps = jdbc.queryForObject("select count(*) from commitment where status in ('AWAITING_ANCHOR', 'OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED')", Long.class);
    }

    @AfterEach
    void tearDown() {
        logOut();
    }

    @Test
    @Order(1)
    void my_work_lists_the_officers_follow_ups_overdue_first_and_filters_them() {
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);

        Grid<WorkRow> grid = myWork();
        assertThat(GridKt._size(grid)).isEqualTo((int) openFollowUps).isGreaterThanOrEqualTo(3);
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(WorkStatus.OVERDUE);
        assertThat(GridKt._get(grid, 0).title()).isNotBlank();
        assertThat(_get(H2.class, spec -> spec.withText("My work"))).isNotNull();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("my-tasks")))).as("fulfil tasks").isGreaterThan(0);

        @SuppressWarnings("unchecked")
        CheckboxGroup<QuickFilter> quick = _get(CheckboxGroup.class, spec -> spec.withId("quick-filters"));
        quick.setValue(Set.of(QuickFilter.OVERDUE));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        quick.setValue(Set.of(QuickFilter.NO_DUE_DATE));
        assertThat(GridKt._size(grid)).isLessThan((int) openFollowUps);
        quick.setValue(Set.of());
        _setValue(_get(TextField.class, spec -> spec.withId("work-search")), "no such words anywhere");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-work")).getText()).contains("clear the filters");
    }

    @Test
    @Order(2)
    void a_link_from_the_board_opens_everyones_list_narrowed_to_what_it_counted() {
        logIn("morgan", Role.MANAGER);
        UI.getCurrent().navigate("tasks", QueryParameters.fromString("scope=all&quick=overdue&owner=dana"));

        assertThat(_get(H2.class, spec -> spec.withText("All follow-ups"))).isNotNull();
        assertThat(text("drill-down")).contains("Everyone's follow-ups", "owner dana");
        assertThat(GridKt._size(myWork())).isEqualTo(1);
    }

    @Test
    @Order(3)
    void the_follow_up_page_shows_its_evidence_dates_task_and_timeline() {
        long id = jdbc.queryForObject("select min(id) from commitment where status = 'OVERDUE'", Long.class);
        logIn("morgan", Role.MANAGER);
        UI.getCurrent().navigate(FollowUpView.class, id);

        assertThat(_get(Paragraph.class, spec -> spec.withId("evidence")).getText()).isNotBlank();
        assertThat(text("follow-up-facts")).contains("overdue", "dana");
        String timeline = _get(UnorderedList.class, spec -> spec.withId("timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains("Tracked, owned by dana", "Task opened: Fulfil follow-up", "Status open → overdue",
                "Task opened: Overdue follow-up");
        assertThat(_get(RouterLink.class, spec -> spec.withId("open-task")).getHref()).startsWith("tasks/task/");

        UI.getCurrent().navigate(FollowUpView.class, 999_999_999L);
        assertThat(_get(H2.class, spec -> spec.withId("follow-up-heading")).getText()).isEqualTo("No such follow-up");
    }

    @Test
    @Order(4)
    void the_overdue_board_counts_and_links_every_number_to_its_list() {
        logIn("morgan", Role.MANAGER);
        UI.getCurrent().navigate(OverdueBoardView.class);

        RouterLink overdue = _get(RouterLink.class, spec -> spec.withId("overdue-count"));
        assertThat(overdue.getText()).isEqualTo("1");
        assertThat(overdue.getQueryParameters().orElseThrow().getQueryString()).contains("quick=overdue", "scope=all");
        assertThat(_get(RouterLink.class, spec -> spec.withId("open-count")).getText()).isEqualTo(String.valueOf(openFollowUps));
        assertThat(text("by-owner")).contains("dana");
        assertThat(text("by-desk")).contains("WHA-CAN");
        assertThat(text("age-buckets")).contains("1-7 days");
        assertThat(_find(com.vaadin.flow.component.Html.class)).singleElement()
                .satisfies(chart -> assertThat(chart.getInnerHtml()).contains("<polyline", "overdue"));
        assertThat(text("slippage")).contains("No follow-up has slipped");
    }

    @Test
    @Order(4)
    void the_counterpart_ledger_counts_promises_made_to_us() {
        logIn("morgan", Role.MANAGER);
        UI.getCurrent().navigate(CounterpartLedgerView.class);
        assertThat(text("ledger")).contains("Organisation", "Kept on time");
    }

    @Test
    @Order(5)
    void officers_cannot_open_the_managers_screens() {
        // The same annotation check Vaadin's navigation access control runs before it shows a view.
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Principal dana = () -> "dana";
        for (Class<?> managersOnly : List.of(OverdueBoardView.class, EscalationsView.class, WeeklyReportView.class,
                CounterpartLedgerView.class)) {
            assertThat(checker.hasAccess(managersOnly, dana, "DESK_OFFICER"::equals)).as(managersOnly.getSimpleName()).isFalse();
            assertThat(checker.hasAccess(managersOnly, dana, "MANAGER"::equals)).as(managersOnly.getSimpleName()).isTrue();
        }
        assertThat(checker.hasAccess(MyTasksView.class, dana, "DESK_OFFICER"::equals)).isTrue();
        assertThat(checker.hasAccess(SearchView.class, dana, "DESK_OFFICER"::equals)).isTrue();
    }

    @Test
    @Order(6)
    void the_manager_extends_escalations_in_bulk_and_the_slip_is_kept() {
        logIn("morgan", Role.MANAGER);
        UI.getCurrent().navigate(EscalationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Escalation> grid = _get(Grid.class, spec -> spec.withId("escalations"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        long id = GridKt._get(grid, 0).row().commitmentId();
        grid.select(GridKt._get(grid, 0));

        _click(_get(Button.class, spec -> spec.withId("bulk-extend")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("bulk-new-due")), LocalDate.parse("2009-06-30"));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-reason")), "caretaker government");
        _click(_get(Button.class, spec -> spec.withId("confirm-bulk-extend")));

        assertThat(GridKt._size(grid)).isZero();
        assertThat(jdbc.queryForObject("select status from commitment where id = ?", String.class, id)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from commitment_slip where commitment_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    @Order(7)
    void the_weekly_report_reads_as_a_page() {
        logIn("morgan", Role.MANAGER);
        UI.getCurrent().navigate(WeeklyReportView.class);

        assertThat(_get(H2.class, spec -> spec.withId("report-heading")).getText()).startsWith("Weekly overdue report, week ending");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-summary")).getText())
                .isEqualTo(openFollowUps + " follow-ups open, 0 overdue, 0 due this week.");
        assertThat(text("oldest-overdue")).contains("Nothing is overdue.");
    }

    @Test
    @Order(8)
    void search_finds_cables_and_follow_ups_the_reader_may_see_and_nothing_else() {
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(SearchView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search-box")), "08OTTAWA1245");
        assertThat(text("cable-hits")).contains("08OTTAWA1245");
        _setValue(_get(TextField.class, spec -> spec.withId("search-box")), "caza");
        assertThat(text("follow-up-hits")).containsIgnoringCase("caza");
        _setValue(_get(TextField.class, spec -> spec.withId("search-box")), "\"caretaker status\" wheels");
        assertThat(text("cable-hits")).contains("08OTTAWA1245", "Cables (1)");
        List<Span> matches = _find(Span.class, spec -> spec.withClasses("search-match"));
        assertThat(matches).extracting(Span::getText).contains("wheels");
        assertThat(matches).allSatisfy(match -> assertThat(match.getElement().getProperty("innerHTML")).isNull());
        _setValue(_get(TextField.class, spec -> spec.withId("search-box")), "50% <b>");
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-refused")).getText()).contains("Remove: % < >");
        logOut();

        logIn("ivy", Role.DESK_OFFICER);
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=OTTAWA"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-results")).getText()).contains("that you may see");
    }

    @Test
    @Order(9)
    void the_officer_marks_follow_ups_fulfilled_in_bulk() {
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        Grid<WorkRow> grid = myWork();
        int before = GridKt._size(grid);
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));

        _click(_get(Button.class, spec -> spec.withId("bulk-fulfil")));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-note")), "reported in 08OTTAWA1300");
        _click(_get(Button.class, spec -> spec.withId("confirm-bulk-fulfil")));

        assertThat(GridKt._size(grid)).isEqualTo(before - 2);
    }

    @Test
    @Order(10)
    void session_size_per_logged_in_officer() throws IOException {
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        GridKt._size(myWork());
        long bytes = serializedSize(VaadinSession.getCurrent());
        System.out.printf("Vaadin session of an officer on My work: %,d bytes serialized (Spring singletons excluded)%n", bytes);
        assertThat(bytes).isBetween(1_000L, 2_000_000L);
    }

    @Test
    @Order(11)
    void an_officer_claims_a_desk_review_a_colleague_is_told_who_has_it_and_it_is_given_back() {
        intake.file("08OTTAWA1258.txt", TestCables.bytes(SECOND_CABLE));
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        Grid<WorkItem> tasks = myTasks();
        int row = rowOf(tasks, SECOND_CABLE);
        String taskId = GridKt._get(tasks, row).taskId();
        _click((Button) GridKt._getCellComponent(tasks, row, "claim"));

        assertThat(GridKt._get(tasks, rowOf(tasks, SECOND_CABLE)).assignee()).isEqualTo("dana");
        assertThat(GridKt._getCellComponent(tasks, rowOf(tasks, SECOND_CABLE), "claim").getId()).hasValue("unclaim-" + taskId);
        logOut();

        logIn("otto", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(rows(myTasks())).noneMatch(item -> item.taskId().equals(taskId));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workItems.claim(taskId, ScreenFixture.actor("otto")))
                .hasMessage("already taken by dana");
        logOut();

        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        _click((Button) GridKt._getCellComponent(myTasks(), rowOf(myTasks(), SECOND_CABLE), "claim"));
        assertThat(GridKt._get(myTasks(), rowOf(myTasks(), SECOND_CABLE)).claimable()).as("offered to the desk again").isTrue();
    }

    @Test
    @Order(12)
    void the_review_keys_move_between_cards_and_confirm_the_current_one() {
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        String taskId = GridKt._get(myTasks(), rowOf(myTasks(), SECOND_CABLE)).taskId();
        UI.getCurrent().navigate(TaskView.class, taskId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-keys")).getText()).contains("C confirm", "J / K");
        Div review = _get(Div.class, spec -> spec.withId("review"));
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("candidate-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cards.get(0).hasClassName("current")).isTrue();

        ShortcutsKt._fireShortcut(review, Key.KEY_J);
        ShortcutsKt._fireShortcut(review, Key.KEY_C);

        List<Div> after = _find(Div.class, spec -> spec.withClasses("candidate-card"));
        assertThat(after.get(0).hasClassName("state-proposed")).as("the first is untouched").isTrue();
        assertThat(after.get(1).hasClassName("state-confirmed")).isTrue();
        assertThat(after.get(2 % after.size()).hasClassName("current")).as("confirming moves on").isTrue();
    }

    @Test
    @Order(13)
    void bulk_reassign_refuses_an_officer_not_cleared_for_the_cable_and_gives_the_rest_to_a_colleague() {
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        Grid<WorkRow> grid = myWork();
        WorkRow first = rows(grid).stream().filter(row -> row.commitmentId() != null && "dana".equals(row.owner()))
                .findFirst().orElseThrow();
        grid.select(first);
        bulkReassign("ivy");
        assertThat(text("bulk-outcome")).contains("0 reassigned to ivy; 1 refused:",
                "cannot give it to ivy: ivy is not cleared to read it (marked S)");

        grid.select(first);
        bulkReassign("otto");
        assertThat(text("bulk-outcome")).contains("1 reassigned to otto.");
        assertThat(jdbc.queryForObject("select owner from commitment where id = ?", String.class, first.commitmentId()))
                .isEqualTo("otto");
    }

    @Test
    @Order(14)
    void bulk_extend_moves_the_officers_dated_follow_ups_and_records_each_slip() {
        var open = jdbc.queryForMap("select id, owner from commitment where due_date is not null"
                + " and status in ('OPEN', 'DUE_SOON') order by id fetch first 1 rows only");
        logIn((String) open.get("owner"), Role.DESK_OFFICER);
        UI.getCurrent().navigate(MyTasksView.class);
        Grid<WorkRow> grid = myWork();
        long wanted = ((Number) open.get("id")).longValue();
        WorkRow dated = rows(grid).stream().filter(row -> row.commitmentId() != null && row.commitmentId() == wanted)
                .findFirst().orElseThrow();
        grid.select(dated);
        _click(_get(Button.class, spec -> spec.withId("bulk-extend")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("bulk-new-due")), dated.dueDate().plusDays(30));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-reason")), "counterpart on leave");
        _click(_get(Button.class, spec -> spec.withId("confirm-bulk-extend")));

        assertThat(text("bulk-outcome")).contains("1 extended.");
        assertThat(jdbc.queryForObject("select approved_by from commitment_slip where commitment_id = ?"
                + " and reason = 'counterpart on leave'", String.class, dated.commitmentId())).isEqualTo(open.get("owner"));
    }

    @Test
    @Order(15)
    void comments_and_files_join_the_follow_ups_timeline_and_only_its_readers_get_them() {
        long id = jdbc.queryForObject("select min(id) from commitment where owner = 'dana'", Long.class);
        logIn("dana", Role.DESK_OFFICER);
        UI.getCurrent().navigate(FollowUpView.class, id);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "Caza's office promised Friday.");
        _click(_get(Button.class, spec -> spec.withId("add-comment")));
        byte[] minutes = "minutes of the call".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("attach-files")), "minutes.txt", "text/plain", minutes);

        String timeline = _get(UnorderedList.class, spec -> spec.withId("timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains("Comment: Caza's office promised Friday. — dana", "Attached minutes.txt (19 bytes) — dana");
        Anchor file = _get(Anchor.class, spec -> spec.withText("minutes.txt"));
        assertThat(DownloadKt._download(file)).isEqualTo(minutes);
        logOut();

        logIn("ivy", Role.DESK_OFFICER);
        UI.getCurrent().navigate(FollowUpView.class, id);
        assertThat(_get(H2.class, spec -> spec.withId("follow-up-heading")).getText()).isEqualTo("No such follow-up");
        assertThat(_find(Anchor.class)).noneMatch(anchor -> anchor.getText().equals("minutes.txt"));
    }

    private void bulkReassign(String owner) {
        _click(_get(Button.class, spec -> spec.withId("bulk-reassign")));
        _setValue(_get(TextField.class, spec -> spec.withId("bulk-new-owner")), owner);
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-reason")), "dana is on leave");
        _click(_get(Button.class, spec -> spec.withId("confirm-bulk-reassign")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkItem> myTasks() {
        return _get(Grid.class, spec -> spec.withId("my-tasks"));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static int rowOf(Grid<WorkItem> grid, String cableId) {
        List<WorkItem> items = rows(grid);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).cableId() != null && items.get(i).cableId().value().equals(cableId) && items.get(i).isReview()) {
                return i;
            }
        }
        throw new AssertionError("no review of " + cableId + " in " + items);
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkRow> myWork() {
        return _get(Grid.class, spec -> spec.withId("my-work"));
    }

    /**
     * The session's own state: shared Spring singletons (services, templates) are written as a null, because a
     * real session holds only a reference to them, not a copy.
     */
    private static long serializedSize(VaadinSession session) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        session.getLockInstance().lock();
        try (ObjectOutputStream out = new SkippingSingletons(bytes)) {
            out.writeObject(session);
        } finally {
            session.getLockInstance().unlock();
        }
        return bytes.size();
    }

    private static final class SkippingSingletons extends ObjectOutputStream {
        SkippingSingletons(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof Serializable ? obj : null;
        }
    }

}
