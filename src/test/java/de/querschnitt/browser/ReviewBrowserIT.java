package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole review in real browsers: the planner at the desk sends FB 45's profiles to the unit, `fb45` on a
 * tablet corrects an item and confirms, and the planner sees the correction marked and closes the profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewBrowserIT {

    // a profile no other browser test edits: the browser tests share one database
    private static final String PROFILE = "Schulentwicklungsplanung";

    @LocalServerPort
    int port;

    Browser planner;
    Browser department;

    @AfterEach
    void stop() {
        if (planner != null) {
            planner.close();
        }
        if (department != null) {
            department.close();
        }
    }

    private static void tap(Browser browser, WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Scrolls to an element far up or down the form (Selenium may call it hidden while scrolled away), taps it. */
    private static void tapId(Browser browser, String id) {
        WebElement element = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private static void confirmDialog(Browser browser) {
        tap(browser, browser.waitFor(By.xpath("//vaadin-button[@slot='confirm-button']")));
    }

    private static void waitForStatus(Browser browser, String status) {
        browser.wait.until(ExpectedConditions.textToBe(By.id("review-status"), status));
    }

    @Test
    void thePlannerSendsTheUnitCorrectsAndConfirmsAndThePlannerClosesTheProfile() {
        // the planner sends FB 45's drafts from the review board
        planner = new Browser("http://localhost:" + port, 1280, 900);
        planner.login("planung", "demo");
        planner.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        planner.open("pruefung");
        WebElement send = planner.waitFor(By.xpath("//vaadin-button[contains(@aria-label,'von FB 45')]"));
        planner.screenshot("review-board");
        tap(planner, send);
        planner.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//vaadin-button[contains(@aria-label,'von FB 45')]")));

        // fb45 on a tablet lands on Meine Einträge and opens the profile
        department = new Browser("http://localhost:" + port, 768, 1024);
        department.login("fb45", "demo");
        department.waitFor(By.xpath("//h1[text()='Meine Einträge']"));
        assertThat(department.waitFor(By.id("mine-summary")).getText()).contains("warten auf Ihre Prüfung");
        department.screenshot("review-mine-tablet");
        assertThat(department.pageScrollsHorizontally()).isFalse();
        tap(department, department.waitFor(By.xpath("//a[@aria-label='Prüfen: " + PROFILE + "']")));
        waitForStatus(department, "Zur Prüfung");
        String editUrl = department.driver.getCurrentUrl();

        // corrects the first item of Inhalt; the change is marked against the interview
        WebElement item = department.waitFor(By.cssSelector("#section-inhalt .qs-item textarea"));
        tap(department, item);
        item.sendKeys(Keys.END, " (ergänzt 2018)");
        item.sendKeys(Keys.TAB);
        department.wait.until(ExpectedConditions.attributeToBe(By.id("qs-save-state"), "data-state", "saved"));
        WebElement inserted = department.waitFor(By.cssSelector("#changes-inhalt ins"));
        assertThat(inserted.getText()).contains("ergänzt 2018");
        department.screenshot("review-correction-tablet");

        tapId(department, "review-confirm");
        confirmDialog(department);
        waitForStatus(department, "Freigegeben");

        // the planner's board, still open, learns of the confirmation without a reload
        planner.wait.until(ExpectedConditions.textMatches(By.id("board-summary"),
                java.util.regex.Pattern.compile("[1-9]\\d* von den Einheiten freigegeben")));

        // the planner sees the correction marked and closes the profile
        planner.driver.get(editUrl);
        waitForStatus(planner, "Freigegeben");
        WebElement marked = planner.waitFor(By.cssSelector("#changes-inhalt ins"));
        assertThat(marked.getText()).contains("ergänzt 2018");
        assertThat(planner.waitFor(By.id("changes-inhalt")).getText()).contains("Übernehmen");
        planner.screenshot("review-planner-sees-correction");
        tapId(planner, "review-close");
        confirmDialog(planner);
        waitForStatus(planner, "Abgeschlossen");
        assertThat(planner.waitFor(By.id("changes-inhalt")).getText()).contains("übernommen");

        // the unit sees it closed; its form is locked
        department.driver.get(editUrl);
        waitForStatus(department, "Abgeschlossen");
        assertThat(department.waitFor(By.cssSelector("#section-inhalt .qs-item vaadin-text-area"))
                .getAttribute("disabled")).isNotNull();
    }
}
