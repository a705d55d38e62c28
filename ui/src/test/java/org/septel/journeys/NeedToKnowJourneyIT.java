package org.septel.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.cable.CableIntake;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, what officers of different clearances see of a SECRET cable with a NOFORN paragraph: the page
 * source (everything the server sent) must not hold a word they may not read.
 */
class NeedToKnowJourneyIT extends WebTestSupport {

    private static final String[] SECRET_WORDS = {"ZANZIBAR", "QUASAR", "MARKING FIXTURE"};

    @Autowired
    CableIntake intake;

    private Browser browser;

    @BeforeEach
    void setUp() {
        intake.file("fixture", TestCables.bytes("09STATE12345"));
        ensureUser("ira", Role.DESK_OFFICER, Clearance.of(Classification.CONFIDENTIAL));
        ensureUser("sam", Role.DESK_OFFICER, Clearance.of(Classification.SECRET));
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void a_confidential_officer_sees_that_the_cable_exists_and_nothing_of_its_secret_text() {
        browser.logIn(url(""), "ira", PASSWORD);
        browser.waitForText(By.id("my-tasks"), "09STATE12345");
        assertThat(browser.waitFor(By.id("my-tasks")).getText()).contains("(subject withheld: S)");
        assertThat(browser.pageSource()).doesNotContain(SECRET_WORDS);

        browser.open(url("/cables/09STATE12345"));
        browser.waitForText(By.id("cable-withheld"), "withheld (S)");
        browser.screenshot("20-withheld-cable");
        assertThat(browser.pageSource()).doesNotContain(SECRET_WORDS).doesNotContain("PERSIMMON", "KUMQUAT");

        browser.open(url("/tasks"));
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '09STATE12345')]"));
        browser.waitForText(By.id("cable-withheld"), "your clearance does not cover it");
        assertThat(browser.pageSource()).doesNotContain(SECRET_WORDS);
    }

    @Test
    void a_secret_officer_without_noforn_reads_the_cable_with_its_noforn_paragraph_withheld_in_place() {
        browser.logIn(url(""), "sam", PASSWORD);
        browser.open(url("/cables/09STATE12345"));
        browser.waitForText(By.id("cable-text"), "ZANZIBAR");

        assertThat(browser.waitFor(By.id("cable-text")).getText()).contains("paragraph 4 - withheld (S/NF)");
        assertThat(browser.pageSource()).doesNotContain("QUASAR");
        browser.screenshot("21-paragraph-withheld");
    }
}
