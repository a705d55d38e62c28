package org.septel.api;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.WebTestSupport;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateView;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.notification.NoticeKind;
import org.septel.notification.NoticePreferences;
import org.septel.notification.OutboxSender;
import org.septel.staff.Role;
import org.septel.staff.StaffMember;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of Septel's API against the running server: who gets in (session, Basic, token), what each role
 * and clearance sees, paging, the actions through the workflow, problem details for 400/401/403/404, exports,
 * the calendar feed, the OpenAPI document and Swagger UI, and a mail from the engine's overdue timer.
 */
class SeptelApiIT extends WebTestSupport {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static {
        SMTP.start();
    }
    static final CableId SEED = CableId.of(SampleCables.SEED_ID);
    static final Clearance TOP = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    static final ObjectMapper JSON = new ObjectMapper();
    static boolean prepared;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    CableIntake intake;
    @Autowired
    CableCatalog catalog;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    WorkItems workItems;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    NoticePreferences notices;
    @Autowired
    OutboxSender mail;

    static final Actor OFFICER = new Actor("api-officer", List.of("desk-officers", "desk:WHA-CAN"), TOP);

    /** The seed filed, three of its follow-ups confirmed by api-officer, the review completed: three fulfil tasks. */
    @BeforeEach
    void prepare() {
        if (prepared) {
            return;
        }
        ensureUser("api-officer", Role.DESK_OFFICER);
        ensureUser("api-manager", Role.MANAGER);
        ensureUser("api-intern", Role.DESK_OFFICER, Clearance.of(Classification.CONFIDENTIAL));
        staff.enrol(new StaffMember("api-elsewhere", "Elsewhere", Role.DESK_OFFICER, "EUR-FR", TOP), PASSWORD);
        notices.change("api-officer", "officer@example.org", EnumSet.allOf(NoticeKind.class));
        notices.change("api-manager", "manager@example.org", EnumSet.allOf(NoticeKind.class));
        if (!catalog.isOnFile(SEED)) {
            intake.file("seed.txt", SampleCables.seed());
        }
        List<CandidateView> found = candidates.forCable(SEED).stream().filter(c -> c.dueDate() != null).limit(3).toList();
        assertThat(found).hasSize(3);
        found.forEach(c -> candidates.confirm(c.id(), OFFICER.reader()));
        String review = workItems.openFor(OFFICER, 0, 10).stream().filter(w -> w.isReview()).findFirst().orElseThrow()
                .taskId();
        workItems.complete(review, OFFICER);
        prepared = true;
    }

    // --- who gets in ---

    @Test
    void an_anonymous_caller_is_challenged_with_a_problem_and_no_data() throws IOException {
        HttpResponse<String> response = anonymous().get("/api/follow-ups");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json(response).path("status").asInt()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Caza");
    }

    @Test
    void a_wrong_password_or_an_unknown_token_is_refused() {
        assertThat(ApiClient.basic(url(""), "api-officer", "wrong-password").get("/api/me").statusCode()).isEqualTo(401);
        HttpResponse<String> token = ApiClient.bearer(url(""), "septel_not-a-real-token").get("/api/me");
        assertThat(token.statusCode()).isEqualTo(401);
        assertThat(token.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    void an_api_token_acts_as_its_owner_until_it_is_revoked() throws IOException {
        HttpResponse<String> created = officer().post("/api/me/tokens", "{\"name\":\"laptop script\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = json(created).path("token").asText();
        long id = json(created).path("id").asLong();
        assertThat(token).startsWith("septel_");

        ApiClient script = ApiClient.bearer(url(""), token);
        assertThat(json(script.get("/api/me")).path("username").asText()).isEqualTo("api-officer");
        assertThat(json(officer().get("/api/me/tokens")).toString()).contains("laptop script").doesNotContain(token);

        assertThat(officer().delete("/api/me/tokens/" + id).statusCode()).isEqualTo(204);
        assertThat(script.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(manager().delete("/api/me/tokens/" + id).statusCode()).as("someone else's token").isEqualTo(404);
        assertThat(officer().post("/api/me/tokens", "{\"name\":\"\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void the_screens_session_reads_the_api_but_a_write_on_the_cookie_alone_needs_the_csrf_token() throws IOException {
        ApiClient browser = ApiClient.session(url(""), "api-officer", PASSWORD);

        assertThat(json(browser.get("/api/me")).path("role").asText()).isEqualTo("DESK_OFFICER");
        assertThat(browser.post("/api/me/tokens", "{\"name\":\"forged\"}").statusCode()).isEqualTo(403);
        assertThat(json(officer().get("/api/me/tokens")).toString()).doesNotContain("forged");
    }

    // --- follow-ups ---

    @Test
    void the_follow_up_list_pages_with_a_total_and_rejects_bad_paging_and_filters() throws IOException {
        JsonNode first = json(officer().get("/api/follow-ups?owner=api-officer&status=OPEN&size=2&page=0"));
        JsonNode second = json(officer().get("/api/follow-ups?owner=api-officer&status=OPEN&size=2&page=1"));

        long total = first.path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(second.path("items").get(0).path("commitmentId").asLong())
                .isNotIn(first.path("items").get(0).path("commitmentId").asLong(),
                        first.path("items").get(1).path("commitmentId").asLong());
        assertThat(first.path("items").get(0).path("marking").asText()).isEqualTo("S");

        for (String bad : List.of("size=0", "size=501", "page=-1", "status=SOMETIMES", "quick=LATER", "sort=colour",
                "size=ten")) {
            HttpResponse<String> response = officer().get("/api/follow-ups?" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(bad).contains("application/problem+json");
        }
    }

    @Test
    void an_uncleared_officer_and_another_desk_see_none_of_the_secret_follow_ups() throws IOException {
        for (ApiClient other : List.of(intern(), elsewhere())) {
            HttpResponse<String> list = other.get("/api/follow-ups?status=OPEN&status=OVERDUE");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(json(list).path("total").asLong()).isZero();
            assertThat(list.body()).doesNotContain("Caza", "Iran");
            long id = anyOpenFollowUp();
            HttpResponse<String> direct = other.get("/api/follow-ups/" + id);
            assertThat(direct.statusCode()).isEqualTo(404);
            assertThat(direct.body()).doesNotContain("Caza");
        }
    }

    @Test
    void one_follow_up_is_shown_to_its_desk_and_a_missing_one_is_404() throws IOException {
        long id = anyOpenFollowUp();

        JsonNode detail = json(officer().get("/api/follow-ups/" + id));

        assertThat(detail.path("row").path("commitmentId").asLong()).isEqualTo(id);
        assertThat(detail.path("timeline").isArray()).isTrue();
        assertThat(officer().get("/api/follow-ups/987654321").statusCode()).isEqualTo(404);
        assertThat(officer().get("/api/follow-ups/not-a-number").statusCode()).isEqualTo(400);
    }

    @Test
    void the_owner_fulfils_through_the_workflow_and_no_one_else_may() throws IOException {
        long id = anyOpenFollowUp();

        assertThat(manager().post("/api/follow-ups/" + id + "/fulfil", "{\"note\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(intern().post("/api/follow-ups/" + id + "/fulfil", "{\"note\":\"x\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> done = officer().post("/api/follow-ups/" + id + "/fulfil", "{\"note\":\"reported back\"}");

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done).path("status").asText()).isEqualTo("FULFILLED");
        assertThat(officer().post("/api/follow-ups/" + id + "/fulfil", "{}").statusCode()).as("already closed")
                .isEqualTo(409);
    }

    @Test
    void a_manager_extends_an_overdue_follow_up_and_the_owner_and_manager_were_mailed() throws Exception {
        long id = anyOpenFollowUp();
        CommitmentView before = commitments.find(id);
        SMTP.reset();
        runOverdueTimer(id);
        mail.sendDue();

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(SeptelApiIT::to))
                .contains("officer@example.org", "manager@example.org");
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            assertThat(message.getSubject() + GreenMailUtil.getBody(message)).doesNotContain("Caza", "Iran");
        }
        String later = before.dueDate().plusMonths(1).toString();
        assertThat(officer().post("/api/follow-ups/" + id + "/extend",
                "{\"newDueDate\":\"" + later + "\",\"reason\":\"x\"}").statusCode()).as("not the officer's to decide")
                .isEqualTo(403);
        assertThat(manager().post("/api/follow-ups/" + id + "/extend", "{\"newDueDate\":\"" + later + "\"}")
                .statusCode()).as("no reason").isEqualTo(400);
        assertThat(manager().post("/api/follow-ups/" + id + "/extend", "{\"newDueDate\":\"someday\",\"reason\":\"x\"}")
                .statusCode()).as("not a date").isEqualTo(400);

        HttpResponse<String> extended = manager().post("/api/follow-ups/" + id + "/extend",
                "{\"newDueDate\":\"" + later + "\",\"reason\":\"the election\"}");

        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        assertThat(json(extended).path("dueDate").asText()).isEqualTo(later);
        assertThat(commitments.slips(id)).singleElement().satisfies(s -> assertThat(s.approvedBy()).isEqualTo("api-manager"));
    }

    @Test
    void a_manager_reassigns_an_overdue_follow_up_to_another_officer() throws Exception {
        ensureUser("api-colleague", Role.DESK_OFFICER);
        long id = anyOpenFollowUp();
        runOverdueTimer(id);
        assertThat(officer().post("/api/follow-ups/" + id + "/reassign",
                "{\"newOwner\":\"api-colleague\",\"reason\":\"x\"}").statusCode()).as("not the officer's to decide")
                .isEqualTo(403);
        assertThat(manager().post("/api/follow-ups/" + id + "/reassign", "{\"newOwner\":\"api-colleague\"}")
                .statusCode()).as("no reason").isEqualTo(400);

        HttpResponse<String> reassigned = manager().post("/api/follow-ups/" + id + "/reassign",
                "{\"newOwner\":\"api-colleague\",\"reason\":\"back from leave\"}");

        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
        assertThat(commitments.find(id).owner()).isEqualTo("api-colleague");
    }

    @Test
    void a_manager_withdraws_an_overdue_follow_up_with_a_reason_and_no_one_else_may() throws Exception {
        long id = anyOpenFollowUp();
        assertThat(manager().post("/api/follow-ups/" + id + "/withdraw", "{\"reason\":\"overtaken\"}").statusCode())
                .as("not overdue: nothing for a manager to decide").isEqualTo(409);
        runOverdueTimer(id);
        assertThat(officer().post("/api/follow-ups/" + id + "/withdraw", "{\"reason\":\"x\"}").statusCode())
                .as("not the officer's to decide").isEqualTo(403);
        assertThat(intern().post("/api/follow-ups/" + id + "/withdraw", "{\"reason\":\"x\"}").statusCode())
                .as("not theirs to see").isEqualTo(404);
        assertThat(manager().post("/api/follow-ups/" + id + "/withdraw", "{}").statusCode()).as("no reason")
                .isEqualTo(400);

        HttpResponse<String> withdrawn = manager().post("/api/follow-ups/" + id + "/withdraw",
                "{\"reason\":\"overtaken by events\"}");

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(commitments.find(id).status()).isEqualTo(org.septel.commitment.CommitmentStatus.WITHDRAWN);
    }

    @Test
    void an_officer_comments_on_a_follow_up_and_only_its_readers_see_the_comment() throws Exception {
        long id = anyOpenFollowUp();
        HttpResponse<String> posted = officer().post("/api/follow-ups/" + id + "/comments", "{\"text\":\"called their office\"}");

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(officer().get("/api/follow-ups/" + id + "/notes").body()).contains("called their office");
        assertThat(elsewhere().get("/api/follow-ups/" + id + "/notes").statusCode()).isEqualTo(404);
        assertThat(elsewhere().post("/api/follow-ups/" + id + "/comments", "{\"text\":\"x\"}").statusCode()).isEqualTo(404);
    }

    // --- tasks and cables ---

    @Test
    void my_tasks_are_paged_and_someone_elses_task_is_404() throws IOException {
        JsonNode mine = json(officer().get("/api/tasks?size=1"));

        assertThat(mine.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(mine.path("items")).hasSize(1);
        String taskId = mine.path("items").get(0).path("taskId").asText();
        assertThat(json(officer().get("/api/tasks/" + taskId)).path("cableId").asText()).isEqualTo(SEED.value());
        assertThat(elsewhere().get("/api/tasks/" + taskId).statusCode()).isEqualTo(404);
        assertThat(officer().get("/api/tasks?page=-2").statusCode()).isEqualTo(400);
    }

    @Test
    void a_cable_is_shown_as_far_as_the_reader_is_cleared_and_not_at_all_to_another_desk() throws IOException {
        JsonNode full = json(officer().get("/api/cables/" + SEED.value()));
        JsonNode withheld = json(intern().get("/api/cables/" + SEED.value()));

        assertThat(full.path("subject").asText()).contains("CANADIANS");
        assertThat(full.path("text").asText()).contains("Caza");
        assertThat(withheld.path("withheld").asBoolean()).isTrue();
        assertThat(withheld.path("marking").asText()).isEqualTo("S");
        assertThat(withheld.toString()).doesNotContain("Caza", "CANADIANS");
        assertThat(elsewhere().get("/api/cables/" + SEED.value()).statusCode()).isEqualTo(404);
        assertThat(officer().get("/api/cables/09NOWHERE1").statusCode()).isEqualTo(404);
        assertThat(officer().get("/api/cables/not-an-id").statusCode()).isEqualTo(400);
    }

    @Test
    void cable_search_finds_only_what_the_reader_may_read() throws IOException {
        JsonNode hits = json(officer().get("/api/cables?q=OTTAWA&size=5"));
        HttpResponse<String> none = intern().get("/api/cables?q=CANADIANS");

        assertThat(hits.path("items").get(0).path("cableId").asText()).isEqualTo(SEED.value());
        assertThat(json(none).path("items")).isEmpty();
        assertThat(none.body()).doesNotContain("CANADIANS CONSIDERING");
        assertThat(officer().get("/api/cables?q=x").statusCode()).isEqualTo(400);
        assertThat(officer().get("/api/cables").statusCode()).isEqualTo(400);
    }

    // --- exports ---

    @Test
    void an_xlsx_export_has_the_lists_rows_with_markings_and_nothing_for_an_uncleared_reader() throws IOException {
        long listed = json(officer().get("/api/follow-ups?owner=api-officer")).path("total").asLong();

        HttpResponse<byte[]> xlsx = officer().getBytes("/api/exports/follow-ups.xlsx?owner=api-officer");
        HttpResponse<byte[]> internXlsx = intern().getBytes("/api/exports/follow-ups.xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).contains("septel-follow-ups.xlsx"));
        List<List<String>> rows = sheet(xlsx.body());
        assertThat(rows.get(0)).startsWith("Marking", "Follow-up", "Cable");
        assertThat(rows).hasSize((int) listed + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("S"));
        assertThat(sheet(internXlsx.body())).hasSize(1);
        assertThat(String.join("|", sheet(internXlsx.body()).stream().flatMap(List::stream).toList())).doesNotContain("Caza");
    }

    @Test
    void the_overdue_report_exports_as_csv_and_an_unknown_format_is_400() {
        HttpResponse<String> csv = officer().get("/api/exports/overdue.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).contains("Marking,Follow-up,Cable,Due,Chase on,Status,Owner,Desk,Follow-up id");
        assertThat(officer().get("/api/exports/overdue.pdf").statusCode()).isEqualTo(400);
        assertThat(anonymous().get("/api/exports/overdue.csv").statusCode()).isEqualTo(401);
    }

    // --- calendar feed, notices ---

    @Test
    void a_calendar_feed_is_issued_read_without_login_and_revoked() throws IOException {
        HttpResponse<String> issued = officer().post("/api/me/feed", "{\"insideNetwork\":false}");
        assertThat(issued.statusCode()).isEqualTo(201);
        String path = json(issued).path("url").asText().replaceFirst("^https?://[^/]+", "");

        HttpResponse<String> feed = anonymous().get(path);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        assertThat(calendar.getEvents()).isNotEmpty();
        assertThat(feed.body()).doesNotContain("Caza", "Iran");
        assertThat(json(officer().get("/api/me/feed")).path("active").asBoolean()).isTrue();

        assertThat(officer().delete("/api/me/feed").statusCode()).isEqualTo(204);
        assertThat(anonymous().get(path).statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/feeds/guessed.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void a_person_sets_their_own_notices_and_a_bad_address_is_400() throws IOException {
        HttpResponse<String> set = manager().put("/api/me/notices",
                "{\"email\":\"manager@example.org\",\"kinds\":[\"OVERDUE\",\"WEEKLY_DIGEST\"]}");

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(manager().get("/api/me/notices")).path("kinds").toString()).contains("OVERDUE", "WEEKLY_DIGEST")
                .doesNotContain("REMINDER");
        assertThat(manager().put("/api/me/notices", "{\"email\":\"not an address\",\"kinds\":[]}").statusCode())
                .isEqualTo(400);
        notices.change("api-manager", "manager@example.org", EnumSet.allOf(NoticeKind.class));
    }

    // --- documentation ---

    @Test
    void the_openapi_document_describes_the_api_to_authenticated_callers_only() throws IOException {
        HttpResponse<String> docs = officer().get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).path("paths");
        for (String path : List.of("/api/cables/{id}", "/api/cables", "/api/cables/import", "/api/follow-ups",
                "/api/follow-ups/{id}", "/api/follow-ups/{id}/extend", "/api/follow-ups/{id}/reassign", "/api/tasks", "/api/me/tokens",
                "/api/exports/overdue.{format}")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(json(docs).path("components").path("securitySchemes").has("token")).isTrue();
        assertThat(anonymous().get("/v3/api-docs").statusCode()).isEqualTo(401);
    }

    @Test
    void swagger_ui_needs_a_login_and_is_served_to_a_logged_in_person() {
        HttpResponse<String> anonymousView = anonymous().get("/swagger-ui/index.html");
        assertThat(anonymousView.statusCode()).isEqualTo(302);
        assertThat(anonymousView.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));

        HttpResponse<String> page = ApiClient.session(url(""), "api-officer", PASSWORD).get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger");
    }

    // --- helpers ---

    private long anyOpenFollowUp() {
        return commitments.forCable(SEED).stream().filter(c -> c.status() == org.septel.commitment.CommitmentStatus.OPEN)
                .filter(c -> c.owner().equals("api-officer")).map(CommitmentView::id).findFirst().orElseThrow();
    }

    private void runOverdueTimer(long commitmentId) {
        String instance = runtime.createProcessInstanceQuery().variableValueEquals("commitmentId", commitmentId)
                .singleResult().getId();
        Job overdue = management.createJobQuery().timers().processInstanceId(instance)
                .activityId("BoundaryEvent_Overdue").singleResult();
        management.executeJob(overdue.getId());
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(url(""));
    }

    private ApiClient officer() {
        return ApiClient.basic(url(""), "api-officer", PASSWORD);
    }

    private ApiClient manager() {
        return ApiClient.basic(url(""), "api-manager", PASSWORD);
    }

    private ApiClient intern() {
        return ApiClient.basic(url(""), "api-intern", PASSWORD);
    }

    private ApiClient elsewhere() {
        return ApiClient.basic(url(""), "api-elsewhere", PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return JSON.readTree(response.body());
    }

    private static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.forEach(row -> rows.add(StreamSupport.stream(row.spliterator(), false)
                    .map(formatter::formatCellValue).toList()));
        }
        return rows;
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
