package org.septel.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.cable.CableIntake;
import org.septel.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cable text is data, never markup: a subject carrying a script tag is shown as the characters it is, in a real
 * browser, and no script runs (an open alert would fail every later browser command).
 */
class MarkupJourneyIT extends WebTestSupport {

    @Autowired
    CableIntake intake;

    private final Browser browser = new Browser();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void a_script_tag_in_a_subject_is_shown_as_text() {
        String cable = new String(TestCables.bytes("06MADRID324"), StandardCharsets.ISO_8859_1)
                .replace("MADRID 000324", "MADRID 009324")
                .replaceFirst("SUBJECT: ", "SUBJECT: <script>window.alert('x')</script><img src=x onerror=alert(1)> ");
        intake.file("script.txt", cable.getBytes(StandardCharsets.ISO_8859_1));
        ensureUser("markup-officer", Role.DESK_OFFICER);

        browser.logIn(url(""), "markup-officer", PASSWORD);
        browser.open(url("/cables/06MADRID9324"));
        browser.waitForText(By.id("cable-subject"), "<script>");

        assertThat(browser.waitFor(By.id("cable-subject")).getText())
                .contains("<script>window.alert('x')</script><img src=x onerror=alert(1)>");
        browser.screenshot("30-script-in-subject-shown-as-text");
        assertThat(browser.waitFor(By.id("cable-heading")).isDisplayed()).isTrue();
    }
}
