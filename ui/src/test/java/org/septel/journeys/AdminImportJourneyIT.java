package org.septel.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator uploads a zip of cables and watches the import finish, with the bad file reported. */
class AdminImportJourneyIT extends WebTestSupport {

    @Autowired
    CableCatalog catalog;

    @TempDir
    Path dir;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        ensureUser("alex", Role.ADMIN);
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void administrator_imports_a_zip_and_sees_what_became_of_each_cable() throws IOException {
        Path zip = dir.resolve("batch.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String id : new String[] {"09PARIS1007", "09PARIS1040", "10LONDON86"}) {
                out.putNextEntry(new ZipEntry("cables/" + id + ".txt"));
                out.write(TestCables.bytes(id));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("cables/notes.txt"));
            out.write("shopping list\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        browser.logIn(url(""), "alex", PASSWORD);
        browser.open(url("/cables/import"));

        browser.upload(By.id("upload"), zip);
        browser.waitForText(By.id("import-status"), "1 file(s) ready to import");
        browser.click(By.id("start-import"));
        browser.waitForText(By.id("import-status"), "Done:");

        String status = browser.waitFor(By.id("import-status")).getText();
        assertThat(status).contains("4 files: 3 filed, 0 already on file, 0 different texts kept as revisions, 1 rejected");
        String table = browser.waitFor(By.id("import-results")).getText();
        assertThat(table).contains("09PARIS1007", "imported", "notes.txt", "rejected");
        browser.screenshot("10-admin-import-done");
        assertThat(catalog.isOnFile(CableId.of("10LONDON86"))).isTrue();

        browser.open(url("/admin/staff"));
        browser.paste(browser.waitFor(By.cssSelector("#new-username input")), "robin");
        browser.paste(browser.waitFor(By.cssSelector("#new-name input")), "Robin Reviewer");
        browser.paste(browser.waitFor(By.cssSelector("#new-password input")), "first-password-1");
        browser.click(By.id("enrol"));
        browser.waitForPresent(By.xpath("//vaadin-grid-cell-content[contains(., 'Robin Reviewer')]"));
        browser.screenshot("11-admin-staff");
        assertThat(staff.find("robin")).isPresent();
    }
}
