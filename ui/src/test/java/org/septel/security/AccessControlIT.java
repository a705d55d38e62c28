package org.septel.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.WebTestSupport;
import org.septel.staff.Role;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen needs a login; the engine's REST API and its webapps are for administrators only, and everyone else
 * gets nothing from them.
 */
class AccessControlIT extends WebTestSupport {

    private static final String REST = "/engine-rest/process-definition";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String CAMUNDA_WHO_AM_I = "/camunda/api/admin/auth/user/default";

    @BeforeEach
    void users() {
        ensureUser("officer1", Role.DESK_OFFICER);
        ensureUser("admin1", Role.ADMIN);
    }

    @Test
    void an_anonymous_call_to_the_engine_rest_api_is_challenged_and_gets_no_data() {
        HttpResponse<String> response = new HttpSession(url("")).get(REST);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("CableCaseProcess");
    }

    @Test
    void a_desk_officer_is_refused_by_the_engine_rest_api() {
        HttpResponse<String> response = new HttpSession(url("")).getWithBasic(REST, "officer1", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("CableCaseProcess");
    }

    @Test
    void a_wrong_password_is_refused_by_the_engine_rest_api() {
        HttpResponse<String> response = new HttpSession(url("")).getWithBasic(REST, "admin1", "wrong-password");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void an_administrator_reads_the_engine_rest_api() {
        HttpResponse<String> response = new HttpSession(url("")).getWithBasic(REST, "admin1", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("CableCaseProcess");
    }

    @Test
    void an_anonymous_visitor_to_cockpit_is_sent_to_the_login() {
        HttpResponse<String> response = new HttpSession(url("")).get(COCKPIT);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
    }

    @Test
    void a_logged_in_desk_officer_is_refused_by_cockpit_and_its_api() {
        HttpSession officer = new HttpSession(url(""));
        assertThat(officer.logIn("officer1", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));

        assertThat(officer.get(COCKPIT).statusCode()).isEqualTo(403);
        assertThat(officer.get(CAMUNDA_WHO_AM_I).statusCode()).isEqualTo(403);
    }

    @Test
    void a_logged_in_administrator_is_signed_in_to_cockpit_without_a_second_login() {
        HttpSession admin = new HttpSession(url(""));
        admin.logIn("admin1", PASSWORD);

        HttpResponse<String> cockpit = admin.get(COCKPIT);
        HttpResponse<String> whoAmI = admin.get(CAMUNDA_WHO_AM_I);

        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(whoAmI.statusCode()).isEqualTo(200);
        assertThat(whoAmI.body()).contains("\"userId\":\"admin1\"").contains("cockpit");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        ensureUser("guessed", Role.DESK_OFFICER);
        HttpSession attacker = new HttpSession(url(""));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(attacker.getWithBasic(REST, "guessed", "wrong-" + attempt).statusCode()).isEqualTo(401);
        }

        assertThat(staff.isLocked("guessed")).isTrue();
        assertThat(new HttpSession(url("")).logIn("guessed", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).contains("/login?error"));
    }

    @Test
    void every_screen_sends_an_anonymous_visitor_to_the_login() {
        HttpSession anonymous = new HttpSession(url(""));
        for (String screen : new String[] {"/", "/tasks", "/cables/new", "/cables/08OTTAWA1245", "/tasks/task/1"}) {
            HttpResponse<String> response = anonymous.get(screen);
            assertThat(response.statusCode()).as(screen).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(screen)
                    .hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
        }
    }

    @Test
    void security_headers_are_set_on_every_page() {
        HttpResponse<String> login = new HttpSession(url("")).get("/login");

        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void a_wrong_password_on_the_login_form_sends_the_person_back_with_an_error() {
        HttpResponse<String> response = new HttpSession(url("")).logIn("officer1", "not-the-password");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).contains("/login?error"));
    }
}
