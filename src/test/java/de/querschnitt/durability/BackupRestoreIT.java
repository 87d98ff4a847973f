package de.querschnitt.durability;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.browser.Browser;
import de.querschnitt.browser.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Backup and restore as the README describes them, end to end: the planner backs up in the running
 * application ("Jetzt sichern"), the backup file is copied as {@code querschnitt.db} into a fresh data folder,
 * the application is started there, and everything of the moment of the backup is back: the same counts in
 * every table that matters, the planner's last change, and the profile served to a logged-in planner.
 */
class BackupRestoreIT {

    private static final String NOTE = "//vaadin-text-area[./label[text()='Anmerkung zum Zeitraum']]//textarea";
    private static final List<String> TABLES = List.of("org_unit", "account", "survey_round", "profile", "section",
            "section_item", "term", "item_term", "interview", "revision", "comment_thread", "comment",
            "flyway_schema_history");

    @Test
    void aBackupRestoredIntoAFreshDataFolderStartsWithAllTheData() throws Exception {
        Path work = Path.of("target", "restore-test", "run-" + System.currentTimeMillis()).toAbsolutePath();
        Path original = work.resolve("data");
        Path restored = work.resolve("restored");
        Path backupFile;
        long profileId;
        try (RunningApp app = new RunningApp(original, work.resolve("original.log")).start();
                var browser = new Browser(app.url(), 1280, 900)) {
            profileId = Databases.demoProfile(original.resolve("querschnitt.db"));
            login(browser);
            setNote(browser, profileId, "Stand der Sicherung");

            browser.open("datensicherung");
            browser.waitFor(By.id("backup-now")).click();
            WebElement result = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//p[@id='backup-result'][starts-with(normalize-space(), 'Gesichert:')]")));
            assertThat(result.getText()).endsWith("Die Kopie wurde geprüft und ist vollständig.");
            assertThat(browser.driver.findElements(By.cssSelector("#backup-grid vaadin-grid-cell-content")))
                    .extracting(WebElement::getText).anyMatch(text -> text.startsWith("querschnitt-"));
            browser.screenshot("backup-view");
            try (var files = Files.list(original.resolve("backups"))) {
                backupFile = files.filter(f -> f.getFileName().toString().matches("querschnitt-.*\\.db"))
                        .findFirst().orElseThrow();
            }
            // a change after the backup is not in it
            setNote(browser, profileId, "Nach der Sicherung");
            app.stop();
        }

        // restore as the README says: a fresh folder, the backup as querschnitt.db, no -wal/-shm
        Files.createDirectories(restored);
        Files.copy(backupFile, restored.resolve("querschnitt.db"));
        try (RunningApp app = new RunningApp(restored, work.resolve("restored.log")).start();
                var browser = new Browser(app.url(), 1280, 900)) {
            login(browser);
            browser.open("profile/" + profileId + "/bearbeiten");
            assertThat(browser.waitFor(By.xpath(NOTE)).getDomProperty("value")).isEqualTo("Stand der Sicherung");
            browser.open("profile/" + profileId);
            WebElement card = browser.waitFor(By.cssSelector(".qs-card"));
            assertThat(card.getText()).contains("3. Kinder- und Jugendförderplan der Stadt Aachen 2015 - 2020",
                    "erzieherischer Kinder- und Jugendschutz");
            browser.screenshot("restored-profile");
            app.stop();
        }

        Path restoredDb = restored.resolve("querschnitt.db");
        assertThat(Databases.integrityCheck(restoredDb)).containsExactly("ok");
        for (String table : TABLES) {
            assertThat(Databases.count(restoredDb, table)).as(table).isEqualTo(Databases.count(backupFile, table));
        }
        assertThat(Databases.count(restoredDb, "profile")).isPositive();
        assertThat(Databases.count(restoredDb, "revision")).isPositive();
        String content = "SELECT group_concat(text, '|') FROM (SELECT si.text FROM section_item si"
                + " JOIN section s ON s.id = si.section_id WHERE s.profile_id = ? ORDER BY s.id, si.position)";
        assertThat(Databases.text(restoredDb, content, profileId))
                .isEqualTo(Databases.text(original.resolve("querschnitt.db"), content, profileId)).isNotBlank();
        assertThat(Databases.text(restoredDb, "SELECT period_note FROM profile WHERE id = ?", profileId))
                .isEqualTo("Stand der Sicherung");
        assertThat(Databases.text(original.resolve("querschnitt.db"), "SELECT period_note FROM profile WHERE id = ?",
                profileId)).isEqualTo("Nach der Sicherung");
    }

    private static void login(Browser browser) {
        browser.login("planung", "demo");
        browser.waitFor(By.cssSelector("vaadin-app-layout"));
    }

    private static void setNote(Browser browser, long profileId, String text) {
        browser.open("profile/" + profileId + "/bearbeiten");
        WebElement note = browser.waitFor(By.xpath(NOTE));
        note.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        browser.wait.withTimeout(Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(browser.script(
                "const s = document.getElementById('qs-save-state');"
                        + " return s !== null && s.dataset.state === 'saved' && arguments[0].value === arguments[1];",
                note, text)));
    }
}
