package org.septel.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.septel.WebTestSupport;
import org.septel.cable.SampleCables;
import org.septel.staff.Role;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk officer's first story, in a real browser: paste the seed cable, claim and review it, close the review,
 * comment on a follow-up, then file a later cable that replies to it and confirm the fulfilment it proposes, side by side.
 */
class OfficerJourneyIT extends WebTestSupport {

    /** A made-up later cable in the seed's format, reporting back on it (REF: 08 OTTAWA 1245). */
    private static final String REPLY = """
            O 161530Z JAN 09
            FM AMEMBASSY OTTAWA
            TO RUEHC/SECSTATE WASHDC IMMEDIATE 8900
            C O N F I D E N T I A L OTTAWA 000045

            E.O. 12958: DECL: 01/16/2019
            TAGS: PREL, KNNP, PARM, IR, CA
            SUBJECT: CANADA REPORTS ON ITS NON-PROLIFERATION REVIEW

            REF: 08 OTTAWA 1245

            1. (C) DFAIT officials told emboffs that the inter-agency
            process has reviewed Canada's non-proliferation regime and
            took ref ideas into account.

            WILKINS
            """;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        ensureUser("dana", Role.DESK_OFFICER);
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void officer_files_the_seed_cable_reviews_it_and_completes_the_review() {
        String seed = new String(SampleCables.seed(), StandardCharsets.UTF_8);
        browser.logIn(url(""), "dana", PASSWORD);
        browser.screenshot("01-my-tasks");

        browser.open(url("/cables/new"));
        browser.paste(browser.waitFor(By.id("cable-text")), seed);
        browser.screenshot("02-cable-pasted");
        browser.click(By.id("file-cable"));

        browser.waitForUrlEnding("/tasks");
        browser.waitForText(By.id("my-tasks"), "08OTTAWA1245");
        String row = browser.waitFor(By.id("my-tasks")).getText();
        assertThat(row).contains("08OTTAWA1245", "CANADIANS CONSIDERING U.S. IDEAS", "Review follow-ups",
                "24 Sep 2008, 09:00 UTC");
        browser.screenshot("03-my-tasks-with-review");
        // The review is offered to the desk: claiming it makes it dana's, and the others no longer see it.
        browser.click(By.cssSelector("#my-tasks vaadin-button[id^='claim-']"));
        browser.waitFor(By.cssSelector("#my-tasks vaadin-button[id^='unclaim-']"));
        browser.screenshot("03b-review-claimed");
        browser.open(url("/tasks"));
        browser.waitFor(By.cssSelector("#my-tasks vaadin-button[id^='unclaim-']"));

        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '08OTTAWA1245')]"));
        browser.waitForText(By.id("task-heading"), "Review follow-ups · 08OTTAWA1245");
        assertThat(browser.waitFor(By.id("cable-text")).getText()).contains("Caza", "report back soonest", "WILKINS");
        assertThat(browser.waitFor(By.id("candidates")).getText())
                .contains("Promise · Shawn Caza", "soonest", "near the end of 2008", "owed by us");
        assertThat(browser.findAll(By.cssSelector(".evidence"))).isNotEmpty();
        browser.screenshot("04-task-with-candidates");

        browser.click(By.cssSelector(".candidate-card.state-proposed vaadin-button[id^='confirm-']"));
        browser.waitFor(By.cssSelector(".candidate-card.state-confirmed"));
        browser.click(By.cssSelector(".candidate-card.state-proposed vaadin-button[id^='reject-']"));
        browser.paste(browser.waitFor(By.cssSelector("#reject-reason textarea")), "hedged, not a promise");
        browser.click(By.id("confirm-reject"));
        browser.waitFor(By.cssSelector(".candidate-card.state-rejected"));
        browser.screenshot("04b-candidates-reviewed");

        browser.click(By.id("complete"));
        browser.waitForUrlEnding("/tasks");
        browser.waitForText(By.id("my-tasks"), "Fulfil follow-up");
        browser.screenshot("05-review-completed-follow-up-open");

        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Fulfil follow-up')]"));
        browser.waitForText(By.id("commitment-summary"), "due 2009-03-19");
        browser.waitFor(By.id("partly"));
        browser.waitFor(By.id("evidence-cable"));
        browser.screenshot("05b-fulfil-follow-up");

        browser.open(url("/tasks"));
        browser.click(By.xpath("//vaadin-grid[@id='my-work']/vaadin-grid-cell-content[contains(., 'inter-agency')]"));
        browser.waitFor(By.id("follow-up-heading"));
        browser.paste(browser.waitFor(By.cssSelector("#comment-text textarea")), "Called DFAIT: the review ends in March as planned.");
        browser.click(By.id("add-comment"));
        browser.waitForText(By.id("timeline"), "Comment: Called DFAIT: the review ends in March as planned. — dana");
        browser.screenshot("05bb-follow-up-with-comment");

        // A later cable whose REF block names the seed: Septel proposes it as the reply, and a person confirms.
        browser.open(url("/cables/new"));
        browser.paste(browser.waitFor(By.id("cable-text")), REPLY);
        browser.click(By.id("file-cable"));
        browser.waitForUrlEnding("/tasks");
        browser.waitForText(By.id("my-tasks"), "Confirm fulfilment");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Confirm fulfilment')]"));
        browser.waitForText(By.id("task-heading"), "Confirm fulfilment · 08OTTAWA1245");
        assertThat(browser.waitFor(By.id("reply-passage")).getText()).isNotBlank();
        assertThat(browser.waitFor(By.id("original-passage")).getText()).isNotBlank();
        browser.screenshot("05c-confirm-fulfilment-side-by-side");
        browser.click(By.id("confirm-fulfilment"));
        browser.waitForUrlEnding("/tasks");
        browser.waitForTextGone(By.id("my-tasks"), "08OTTAWA1245");

        browser.open(url("/cables/new"));
        browser.paste(browser.waitFor(By.id("cable-text")), seed);
        browser.click(By.id("file-cable"));
        browser.waitForText(By.id("intake-outcome"), "08OTTAWA1245 is already on file");
        browser.screenshot("06-already-on-file");
        browser.click(By.linkText("Open 08OTTAWA1245"));
        browser.waitForText(By.id("case-state"), "Case closed");
        browser.screenshot("07-cable-view");

        browser.open(url("/cables/import"));
        browser.waitForText(By.tagName("body"), "Could not navigate to 'cables/import'");
        assertThat(browser.findAll(By.id("upload"))).as("the import screen is for administrators").isEmpty();
    }
}
