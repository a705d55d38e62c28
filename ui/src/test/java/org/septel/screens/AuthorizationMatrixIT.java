package org.septel.screens;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.septel.TestCables;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.calendar.CalendarFeeds;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateView;
import org.septel.commitment.CommitmentEvent;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpNotes;
import org.septel.commitment.FollowUpCandidates;
import org.septel.notification.NoticeKind;
import org.septel.notification.NoticePreferences;
import org.septel.staff.Role;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.html.Anchor;
import org.septel.clearance.Reader;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what, through every door: each role x clearance x desk combination, against a SECRET cable with U, C, S
 * and S/NF paragraphs and a NOFORN cable, both routed to the Canada desk. Every response of every entry point
 * (screens, REST, search, exports, calendar feed, mail) is searched for the fixtures' words; a word the person may
 * not read is a leak, and the test ends by asserting that no leak was found. Visible things are checked to be
 * visible too, so an entry point that shows nothing cannot pass by accident.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends KaribuSupport {

    private static final CableId MARKED = CableId.of("09STATE12345");
    private static final CableId NOFORN_CABLE = CableId.of("09STATE12346");
    /** Words of the U paragraph of a SECRET cable: readable only to those cleared for the cable as a whole. */
    private static final List<String> UNCLASSIFIED_PART = List.of("KUMQUAT");
    private static final List<String> SECRET_WORDS = List.of("MARKING FIXTURE", "PERSIMMON", "ZANZIBAR",
            "deliver the points");
    private static final List<String> NOFORN_WORDS = List.of("QUASAR", "OBSIDIAN", "NOFORN FIXTURE");
    private static final String OWNER = "mx-owner";

    @Autowired
    CableIntake intake;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    WorkItems workItems;
    @Autowired
    Commitments commitments;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NoticePreferences notices;
    @Autowired
    FollowUpNotes notes;

    private final List<Person> people = new ArrayList<>();
    private final List<String> leaks = new ArrayList<>();
    private final Set<String> entryPoints = new LinkedHashSet<>();
    private long followUp;
    private long attachment;

    record Person(String username, Role role, Clearance clearance, String desk) {

        boolean ownDesk() {
            return role == Role.ADMIN || desk.equals("WHA-CAN");
        }

        boolean clearedSecret() {
            return clearance.level() == Classification.SECRET;
        }

        boolean clearedNoforn() {
            return clearedSecret() && clearance.caveats().contains(PortionMarking.NOFORN);
        }

        /** What this person may read on screens and in the API. */
        List<String> mayRead() {
            if (!ownDesk() || !clearedSecret()) {
                return List.of();
            }
            List<String> words = new ArrayList<>(UNCLASSIFIED_PART);
            words.addAll(SECRET_WORDS);
            if (clearedNoforn()) {
                words.addAll(NOFORN_WORDS);
            }
            return words;
        }

        /** Mail and ordinary calendar feeds carry unclassified text only, and only of cables the person may read. */
        List<String> mayReadOutsideTheNetwork() {
            return ownDesk() && clearedSecret() ? UNCLASSIFIED_PART : List.of();
        }
    }

    @BeforeAll
    void fixture() {
        ensureUser(OWNER, Role.DESK_OFFICER);
        ensureUser("mx-root", Role.ADMIN);
        for (Role role : Role.values()) {
            for (Clearance clearance : List.of(Clearance.of(Classification.UNCLASSIFIED),
                    Clearance.of(Classification.CONFIDENTIAL), Clearance.of(Classification.SECRET),
                    Clearance.of(Classification.SECRET, PortionMarking.NOFORN))) {
                for (String desk : List.of("WHA-CAN", "EUR-FR")) {
                    String username = ("mx-" + role.name().substring(0, 3) + "-" + clearance.level().name().charAt(0)
                            + (clearance.caveats().isEmpty() ? "" : "nf") + "-" + desk).toLowerCase(Locale.ROOT);
                    if (!staff.exists(username)) {
                        staff.enrol(new org.septel.staff.StaffMember(username, username, role, desk, clearance), PASSWORD);
                    }
                    if (role == Role.MANAGER) {
                        staff.changeManagedDesks("mx-root", username, Set.of(desk));
                    }
                    notices.change(username, username + "@septel.test", EnumSet.allOf(NoticeKind.class));
                    people.add(new Person(username, role, clearance, desk));
                }
            }
        }
        intake.file("09STATE12345.txt", TestCables.bytes("09STATE12345"));
        intake.file("09STATE12346.txt", TestCables.bytes("09STATE12346"));
        Actor owner = new Actor(OWNER, List.of("desk-officers", "desk:WHA-CAN"),
                Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
        for (CandidateView candidate : candidates.forCable(MARKED)) {
            candidates.confirm(candidate.id(), owner.reader());
        }
        WorkItem review = workItems.openFor(owner, 0, 500).stream()
                .filter(item -> item.isReview() && MARKED.equals(item.cableId())).findFirst().orElseThrow();
        workItems.complete(review.taskId(), owner);
        followUp = commitments.forCable(MARKED).stream().map(CommitmentView::id).findFirst().orElseThrow();
        assertThat(commitments.find(followUp).action()).containsIgnoringCase("deliver the points");
        // A comment and a file carrying SECRET words: they may reach only the follow-up's readers.
        notes.comment(followUp, owner.reader(), "PERSIMMON talks went well");
        attachment = notes.attach(followUp, owner.reader(), "points.txt", "text/plain",
                "ZANZIBAR points".getBytes(StandardCharsets.UTF_8)).id();
    }

    @AfterAll
    void noLeaks() {
        System.out.printf(Locale.ROOT, "authorisation matrix: %d people (roles x clearances x desks), %d entry points, "
                + "%d leaks%n", people.size(), entryPoints.size(), leaks.size());
        assertThat(leaks).as("words shown to people who may not read them").isEmpty();
    }

    @Test
    void the_api_search_and_exports_show_each_person_what_they_may_read_and_nothing_else() throws IOException {
        for (Person person : people) {
            String missing = get(person, "/api/cables/09STATE99999").body();
            HttpResponse<String> marked = api(person, "/api/cables/" + MARKED.value());
            HttpResponse<String> noforn = api(person, "/api/cables/" + NOFORN_CABLE.value());
            if (person.ownDesk()) {
                assertThat(marked.statusCode()).as(person.username()).isEqualTo(200);
                if (person.clearedSecret()) {
                    assertThat(marked.body()).as(person.username()).contains("ZANZIBAR");
                }
                if (person.clearedNoforn()) {
                    assertThat(marked.body()).contains("QUASAR");
                    assertThat(noforn.body()).contains("OBSIDIAN");
                }
            } else {
                assertThat(marked.statusCode()).as(person.username()).isEqualTo(404);
                assertThat(marked.body().replace("09STATE12345", "09STATE99999")).isEqualTo(missing);
            }
            api(person, "/api/cables?q=FIXTURE");
            api(person, "/api/cables?q=09STATE1234");
            // Cable text is searched paragraph by paragraph within the person's clearance (ADR 24).
            assertThat(api(person, "/api/cables?q=ZANZIBAR").body().contains(MARKED.value())).as(person.username())
                    .isEqualTo(person.ownDesk() && person.clearedSecret());
            assertThat(api(person, "/api/cables?q=QUASAR").body().contains(MARKED.value())).as(person.username())
                    .isEqualTo(person.ownDesk() && person.clearedNoforn());
            assertThat(api(person, "/api/cables?q=%22deliver+the+points%22+kumquat").body().contains(MARKED.value()))
                    .as(person.username()).isEqualTo(person.ownDesk() && person.clearedSecret());
            api(person, "/api/cables?q=mentions");
            api(person, "/api/follow-ups");
            api(person, "/api/follow-ups?cable=" + MARKED.value());
            HttpResponse<String> one = api(person, "/api/follow-ups/" + followUp);
            if (!person.ownDesk()) {
                assertThat(one.statusCode()).as(person.username()).isEqualTo(404);
            }
            api(person, "/api/follow-ups/" + followUp + "/notes");
            api(person, "/api/follow-ups/" + followUp + "/attachments/" + attachment);
            api(person, "/api/tasks");
            api(person, "/api/me");
            api(person, "/api/exports/follow-ups.csv");
            api(person, "/api/exports/overdue.csv");
            xlsx(person, "/api/exports/follow-ups.xlsx");
            if (person.role() == Role.ADMIN) {
                api(person, "/engine-rest/task");
                api(person, "/engine-rest/process-instance");
            } else {
                assertThat(api(person, "/engine-rest/task").statusCode()).isEqualTo(403);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_screens_show_each_person_what_they_may_read_and_nothing_else() {
        for (Person person : people) {
            logIn(person.username(), person.role());
            try {
                String cable = screen(person, "cables/" + MARKED.value());
                if (person.ownDesk() && person.clearedSecret()) {
                    assertThat(cable).as(person.username()).contains("ZANZIBAR");
                }
                if (person.ownDesk() && person.clearedNoforn()) {
                    assertThat(screen(person, "cables/" + NOFORN_CABLE.value())).contains("OBSIDIAN");
                } else {
                    screen(person, "cables/" + NOFORN_CABLE.value());
                }
                screen(person, "tasks");
                screen(person, "tasks?scope=all");
                screen(person, "search?q=FIXTURE");
                assertThat(screen(person, "search?q=ZANZIBAR")).as(person.username()).contains(
                        person.ownDesk() && person.clearedSecret() ? MARKED.value() : "that you may see");
                assertThat(screen(person, "search?q=QUASAR").contains(MARKED.value())).as(person.username())
                        .isEqualTo(person.ownDesk() && person.clearedNoforn());
                screen(person, "search?q=mentions");
                screen(person, "search?q=09STATE");
                screen(person, "follow-ups/" + followUp);
                screen(person, "manager/overdue");
                screen(person, "manager/escalations");
                screen(person, "reports/weekly");
                screen(person, "admin/audit");
            } finally {
                logOut();
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void comments_and_attachments_reach_only_the_readers_of_the_follow_up() {
        int downloads = 0;
        for (Person person : people) {
            Reader reader = staff.readerFor(person.username()).orElseThrow();
            String file = notes.download(attachment, reader).map(f -> new String(f.content(), StandardCharsets.UTF_8))
                    .orElse("");
            check(person, "attachment download (service)", file, person.mayRead());
            String listed = notes.mayRead(followUp, reader) ? notes.of(followUp, reader).toString() : "";
            check(person, "follow-up comments (service)", listed, person.mayRead());
            logIn(person.username(), person.role());
            try {
                screen(person, "follow-ups/" + followUp);
                for (Anchor link : _find(Anchor.class, spec -> spec.withText("points.txt"))) {
                    check(person, "attachment download (screen)",
                            new String(DownloadKt._download(link), StandardCharsets.UTF_8), person.mayRead());
                    downloads++;
                }
            } finally {
                logOut();
            }
        }
        assertThat(downloads).as("the desk's officers cleared for the cable do get the file").isPositive();
        assertThat(leaks).isEmpty();
    }

    @Test
    void calendar_feeds_carry_unclassified_text_unless_kept_inside_the_network() throws IOException, InterruptedException {
        for (Person person : people.stream().filter(p -> p.role() != Role.ADMIN && p.desk().equals("WHA-CAN")).toList()) {
            commitments.reassign(followUp, person.username(), "mx-root", "authorisation matrix");
            String outside = fetch(feeds.issue(person.username(), false).path());
            check(person, "calendar feed", outside, person.mayReadOutsideTheNetwork());
            assertThat(outside).contains("BEGIN:VCALENDAR");
            String inside = fetch(feeds.issue(person.username(), true).path());
            check(person, "calendar feed inside the network", inside, person.mayRead());
            feeds.revoke(person.username());
        }
        commitments.reassign(followUp, OWNER, "mx-root", "authorisation matrix done");
        assertThat(leaks).isEmpty();
    }

    @Test
    void mail_to_each_person_carries_unclassified_text_only() {
        // Owners come from the desk that owns the cable; everyone else must get no mail about it at all.
        for (Person person : people.stream().filter(p -> p.desk().equals("WHA-CAN")).toList()) {
            transactions.executeWithoutResult(status -> events.publishEvent(new CommitmentEvent.WentOverdue(followUp,
                    MARKED, person.username(), LocalDate.parse("2009-03-01"))));
        }
        for (Person person : people) {
            List<String> mails = jdbc.queryForList("select subject || ' ' || body from mail_outbox where recipient = ?",
                    String.class, person.username());
            if (person.desk().equals("WHA-CAN")) {
                assertThat(mails).as("notices to %s", person.username()).isNotEmpty();
            } else {
                assertThat(mails).as("notices to %s of another desk", person.username()).isEmpty();
            }
            for (String mail : mails) {
                check(person, "mail", mail, person.mayReadOutsideTheNetwork());
            }
        }
        assertThat(leaks).isEmpty();
    }

    private HttpResponse<String> api(Person person, String path) {
        HttpResponse<String> response = get(person, path);
        // A problem-details answer names the path asked for; that echo tells the caller nothing new.
        check(person, "GET " + path.replaceAll("\\d{3,}$", "{id}"), response.body().replace(path, ""), person.mayRead());
        assertThat(response.statusCode()).as("%s %s", person.username(), path).isIn(200, 403, 404);
        return response;
    }

    private void xlsx(Person person, String path) throws IOException {
        HttpResponse<byte[]> response = send(person, path, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell).append(' ');
                    }
                }
            }
        }
        check(person, "GET " + path, text.toString(), person.mayRead());
    }

    private HttpResponse<String> get(Person person, String path) {
        return send(person, path, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(Person person, String path, HttpResponse.BodyHandler<T> handler) {
        String basic = Base64.getEncoder().encodeToString((person.username() + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Authorization", "Basic " + basic).GET().build(), handler);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String screen(Person person, String location) {
        String entryPoint = "screen /" + location.replaceAll("\\d{3,}", "{id}");
        try {
            int query = location.indexOf('?');
            if (query < 0) {
                UI.getCurrent().navigate(location);
            } else {
                UI.getCurrent().navigate(location.substring(0, query),
                        QueryParameters.fromString(location.substring(query + 1)));
            }
        } catch (RuntimeException refused) {
            // Vaadin refuses a screen the role may not open; the refusal itself must not tell anything either.
            check(person, entryPoint, String.valueOf(refused.getMessage()).replace(location, ""), person.mayRead());
            return "";
        }
        StringBuilder text = new StringBuilder();
        UI.getCurrent().getChildren().forEach(child -> text.append(child.getElement().getTextRecursively()).append(' '));
        dump(UI.getCurrent(), text);
        // A screen repeats what was asked of it (the words typed into search, the id in the address, as in "cable
        // 09STATE12345 is not on file", which a missing id gets too); that echo is the person's own, not the cable's.
        String typed = location.contains("q=") ? location.substring(location.indexOf("q=") + 2)
                : location.substring(location.lastIndexOf('/') + 1);
        String shown = text.toString().replace(typed, "");
        check(person, entryPoint, shown, person.mayRead());
        return text.toString();
    }

    /** Everything a browser could be sent: attributes, properties (field values, inner HTML) and grid rows. */
    private static void dump(Component component, StringBuilder text) {
        Element element = component.getElement();
        text.append(' ').append(element.getText());
        element.getAttributeNames().forEach(name -> text.append(' ').append(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> text.append(' ').append(element.getProperty(name)));
        if (component instanceof Grid<?> grid) {
            int rows = Math.min(GridKt._size(grid), 200);
            for (int row = 0; row < rows; row++) {
                text.append(' ').append(GridKt._getFormattedRow(grid, row));
            }
        }
        component.getChildren().forEach(child -> dump(child, text));
    }

    private void check(Person person, String entryPoint, String response, List<String> mayRead) {
        entryPoints.add(entryPoint);
        String upper = response == null ? "" : response.toUpperCase(Locale.ROOT);
        Stream.of(UNCLASSIFIED_PART, SECRET_WORDS, NOFORN_WORDS).flatMap(List::stream)
                .filter(word -> !mayRead.contains(word) && upper.contains(word.toUpperCase(Locale.ROOT)))
                .forEach(word -> leaks.add(person.username() + " saw '" + word + "' at " + entryPoint));
        if (!person.ownDesk() && (upper.contains("09STATE12345") || upper.contains("09STATE12346"))) {
            leaks.add(person.username() + " learnt that a cable of another desk exists at " + entryPoint);
        }
    }
}
