package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The interviewer with a tablet in portrait (768×1024): starts an interview, captures a new planning
 * document with touch-sized controls, reloads the page, and everything is still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InterviewBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser("http://localhost:" + port, 768, 1024);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private WebElement input(String label) {
        return browser.waitFor(By.xpath("//*[(self::vaadin-text-field or self::vaadin-text-area)][./label[text()='"
                + label + "']]//*[self::input or self::textarea]"));
    }

    private void waitUntilSaved() {
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("qs-save-state"), "data-state", "saved"));
    }

    /** Taps an element like a finger would: scrolled into the middle of the screen first. */
    private void tap(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private double height(WebElement element) {
        return ((Number) browser.script("return arguments[0].getBoundingClientRect().height;", element)).doubleValue();
    }

    @Test
    void theInterviewerCapturesAProfileByTouchAndAReloadLosesNothing() {
        browser.login("interview", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        browser.open("interviews");
        browser.waitFor(By.id("interview-start")).click();
        WebElement unit = browser.waitFor(By.cssSelector("#interview-unit input"));
        unit.sendKeys("FB 32");
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(.,'FB 32')]")).click();
        browser.waitFor(By.id("interview-start-ok")).click();

        // step 1: the meeting
        browser.waitFor(By.xpath("//h3[@id='step-heading'][text()='Stammdaten']"));
        input("Ort").sendKeys("Rathaus, Raum 112");
        browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Person hinzufügen']")).click();
        browser.waitFor(By.xpath("//*[@id='participants']//vaadin-text-field[./label[text()='Name']]//input")).sendKeys("Frau Muster");
        browser.driver.findElement(By.xpath("//*[@id='participants']//vaadin-text-field[./label[text()='Funktion']]//input"))
                .sendKeys("Abteilungsleitung");
        waitUntilSaved();
        browser.screenshot("interview-step1");
        assertThat(browser.pageScrollsHorizontally()).isFalse();

        // step 2: a new planning document
        browser.waitFor(By.id("step-planwerke")).click();
        browser.waitFor(By.id("document-new")).click();
        browser.waitFor(By.cssSelector("#document-title input")).sendKeys("Sicherheitskonzept Innenstadt");
        browser.waitFor(By.id("document-create")).click();
        browser.waitFor(By.id("profile-form"));
        input("Titel des Dokuments").sendKeys("Konzept für Sicherheit und Ordnung in der Innenstadt");
        input("Zeitraum von").sendKeys("2019");
        input("Zeitraum bis").sendKeys("2024");
        WebElement addItem = browser.waitFor(By.cssSelector("#section-inhalt .qs-items-add"));
        assertThat(height(addItem)).isGreaterThanOrEqualTo(44);
        tap(addItem);
        WebElement first = browser.waitFor(By.cssSelector("#section-inhalt .qs-item textarea"));
        first.sendKeys("Lagebild der Innenstadt");
        first.sendKeys(Keys.ENTER);
        browser.wait.until(d -> d.findElements(By.cssSelector("#section-inhalt .qs-item textarea")).size() == 2);
        WebElement second = browser.driver.findElements(By.cssSelector("#section-inhalt .qs-item textarea")).get(1);
        browser.wait.until(d -> second.equals(d.switchTo().activeElement()));
        second.sendKeys("Präsenz des Ordnungsdienstes");
        waitUntilSaved();

        // make the second item a sub-item with the item menu (no dragging)
        List<WebElement> menus = browser.driver.findElements(By.cssSelector("#section-inhalt .qs-item-menu"));
        assertThat(height(menus.get(1))).isGreaterThanOrEqualTo(44);
        tap(menus.get(1));
        browser.waitFor(By.xpath("//vaadin-menu-bar-item[normalize-space()='Einrücken (Unterpunkt)']")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#section-inhalt .qs-item.qs-item--sub")).size() == 1);
        waitUntilSaved();
        browser.screenshot("interview-step2");
        assertThat(browser.pageScrollsHorizontally()).isFalse();

        // reload: the interview resumes on the same document, with everything typed
        browser.driver.navigate().refresh();
        browser.waitFor(By.id("profile-form"));
        assertThat(input("Titel").getDomProperty("value")).isEqualTo("Sicherheitskonzept Innenstadt");
        assertThat(input("Titel des Dokuments").getDomProperty("value"))
                .isEqualTo("Konzept für Sicherheit und Ordnung in der Innenstadt");
        assertThat(input("Zeitraum von").getDomProperty("value")).isEqualTo("2019");
        assertThat(input("Zeitraum bis").getDomProperty("value")).isEqualTo("2024");
        List<WebElement> items = browser.driver.findElements(By.cssSelector("#section-inhalt .qs-item"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).findElement(By.tagName("textarea")).getDomProperty("value"))
                .isEqualTo("Lagebild der Innenstadt");
        assertThat(items.get(1).findElement(By.tagName("textarea")).getDomProperty("value"))
                .isEqualTo("Präsenz des Ordnungsdienstes");
        assertThat(items.get(1).getDomAttribute("class")).contains("qs-item--sub");

        // and the first step kept the meeting
        browser.waitFor(By.id("step-stammdaten")).click();
        browser.waitFor(By.xpath("//h3[@id='step-heading'][text()='Stammdaten']"));
        assertThat(input("Ort").getDomProperty("value")).isEqualTo("Rathaus, Raum 112");
        assertThat(browser.waitFor(By.xpath("//*[@id='participants']//vaadin-text-field[./label[text()='Name']]//input"))
                .getDomProperty("value")).isEqualTo("Frau Muster");
        browser.screenshot("interview-resumed");
    }

    @Test
    void theInterviewerAndThePlannerSeeEachOtherAndEachOthersSavesWithoutReloading() {
        browser.login("interview", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        browser.open("interviews");
        browser.waitFor(By.id("interview-start")).click();
        browser.waitFor(By.cssSelector("#interview-unit input")).sendKeys("FB 45");
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(.,'FB 45')]")).click();
        browser.waitFor(By.id("interview-start-ok")).click();
        browser.waitFor(By.id("step-planwerke")).click();
        tap(browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Kinder- und Jugendförderplan']")));
        browser.waitFor(By.id("profile-form"));
        String profileId = browser.driver.getCurrentUrl().replaceAll(".*/planwerke/(\\d+)$", "$1");

        try (Browser desk = new Browser("http://localhost:" + port, 1280, 900)) {
            desk.login("planung", "demo");
            desk.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
            desk.open("profile/" + profileId + "/bearbeiten");
            desk.waitFor(By.id("profile-form"));

            // each sees who else has the profile open
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qs-presence"),
                    "Sozialplanung (Demo)"));
            desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qs-presence"),
                    "Interviewer (Demo)"));

            // the planner saves the note on the period; the tablet shows it without a reload
            WebElement deskNote = desk.waitFor(By.xpath("//vaadin-text-area[./label[text()='Anmerkung zum Zeitraum']]"
                    + "//textarea"));
            deskNote.clear();
            deskNote.sendKeys("Fortschreibung 2021 beschlossen");
            deskNote.sendKeys(Keys.TAB);
            browser.wait.until(d -> "Fortschreibung 2021 beschlossen".equals(input("Anmerkung zum Zeitraum")
                    .getDomProperty("value")));

            // and the other way round: an item typed on the tablet appears at the desk
            WebElement tabletItem = browser.driver.findElements(By.cssSelector("#section-inhalt .qs-item textarea"))
                    .getFirst();
            browser.script("arguments[0].scrollIntoView({block: 'center'});", tabletItem);
            tabletItem.sendKeys(" (ergänzt im Interview)");
            tabletItem.sendKeys(Keys.TAB);
            desk.wait.until(d -> d.findElements(By.cssSelector("#section-inhalt .qs-item textarea")).getFirst()
                    .getDomProperty("value").endsWith("(ergänzt im Interview)"));
            desk.screenshot("desk-live-update");
            browser.screenshot("tablet-live-update");
        }
    }

    @Test
    void onAPhoneTheQuestionnaireFitsTheWidth() {
        browser.close();
        browser = new Browser("http://localhost:" + port, 390, 844);
        browser.login("interview", "demo");
        browser.waitFor(By.cssSelector("vaadin-app-layout"));
        browser.open("interviews");
        browser.waitFor(By.id("interview-start")).click();
        browser.waitFor(By.cssSelector("#interview-unit input")).sendKeys("FB 56");
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(.,'FB 56')]")).click();
        browser.waitFor(By.id("interview-start-ok")).click();
        browser.waitFor(By.id("participants"));
        assertThat(browser.pageScrollsHorizontally()).isFalse();
        browser.screenshot("phone-interview-step1");
        browser.waitFor(By.id("step-planwerke")).click();
        tap(browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Integrationskonzept']")));
        browser.waitFor(By.id("profile-form"));
        assertThat(browser.pageScrollsHorizontally()).isFalse();
        browser.script("document.querySelector('#section-inhalt').scrollIntoView();");
        browser.screenshot("phone-interview-document");
        browser.open("interviews");
        browser.waitFor(By.cssSelector("vaadin-grid"));
        assertThat(browser.pageScrollsHorizontally()).isFalse();
        browser.screenshot("phone-interview-list");
    }
}
