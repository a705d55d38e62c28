package org.septel.journeys;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.septel.TestClockConfiguration;
import org.septel.WebTestSupport;
import org.septel.cable.CableIntake;
import org.septel.commitment.FollowUpCandidates;
import org.septel.screens.BoardRows;
import org.septel.screens.ScreenFixture;
import org.septel.staff.Role;
import org.septel.workflow.WorkItems;
import org.septel.reporting.BoardReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's story in a real browser: the overdue board, a drill-down from one of its numbers to the list it
 * counts, the follow-up page, the escalation extended on the task screen, and the slip on the follow-up's
 * timeline; then the same screens on a 390-pixel phone.
 */
class ManagerJourneyIT extends WebTestSupport {

    @Autowired
    CableIntake intake;
    @Autowired
    BoardReadModel boardReadModel;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    WorkItems workItems;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void seedAndOpenBrowser() {
        ensureUser("dana", Role.DESK_OFFICER);
        ensureUser("morgan", Role.MANAGER);
        ScreenFixture.seed(intake, candidates, workItems, management);
        BoardRows.seed(jdbc, LocalDate.ofInstant(TestClockConfiguration.NOW, ZoneOffset.UTC), 60);
        // The rows went in around the domain: build the board's read model from them, as for an existing database.
        boardReadModel.rebuild();
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void manager_drills_down_from_the_board_and_extends_an_overdue_follow_up() {
        browser.logIn(url(""), "morgan", PASSWORD);
        browser.open(url("/manager/overdue"));
        browser.waitFor(By.id("overdue-count"));
        browser.waitFor(By.cssSelector("#trend svg"));
        assertThat(browser.waitFor(By.id("by-owner")).getText()).contains("dana", "lee", "sam");
        browser.screenshot("manager-01-overdue-board");

        browser.click(By.cssSelector("#by-owner a.figure"));
        browser.waitFor(By.id("drill-down"));
        assertThat(browser.currentUrl()).contains("scope=all", "quick=overdue", "owner=");
        browser.waitForText(By.id("my-work"), "overdue");
        browser.screenshot("manager-02-drill-down");

        browser.open(url("/manager/escalations"));
        browser.waitForText(By.id("escalations"), "08OTTAWA1245");
        browser.screenshot("manager-03-escalations");
        browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '08OTTAWA1245')]"));
        browser.waitFor(By.id("follow-up-panel"));
        browser.paste(browser.waitFor(By.id("new-due-date")), "2009-06-30");
        browser.paste(browser.waitFor(By.cssSelector("#decision-reason textarea")), "caretaker government until October");
        browser.screenshot("manager-04-extend");
        browser.click(By.id("extend"));
        browser.waitForUrlEnding("/tasks");

        long id = jdbc.queryForObject("select commitment_id from commitment_slip s join commitment m on m.id = s.commitment_id"
                + " where m.cable_id = '08OTTAWA1245'", Long.class);
        browser.open(url("/follow-ups/" + id));
        browser.waitForText(By.id("timeline"), "caretaker government until October");
        assertThat(browser.waitFor(By.id("follow-up-facts")).getText()).contains("open");
        browser.screenshot("manager-05-follow-up-with-slip");

        browser.resize(390, 844);
        browser.open(url("/manager/overdue"));
        browser.waitFor(By.id("overdue-count"));
        browser.screenshot("manager-06-phone-board");
        browser.open(url("/tasks?scope=all&quick=overdue"));
        browser.waitForText(By.id("my-work"), "overdue");
        browser.screenshot("manager-07-phone-drill-down");
    }
}
