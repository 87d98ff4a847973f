package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The planner on a tablet in portrait (768×1024), in real Chromium against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TabletBrowserIT {

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

    @Test
    void thePlannerLogsInOpensAProfileCardAndTheMatrix() {
        browser.login("planung", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        browser.screenshot("tablet-units");
        assertThat(browser.pageScrollsHorizontally()).isFalse();

        // FB 45 in the unit list, then the Kinder- und Jugendförderplan card
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[text()='FB 45']")).click();
        browser.waitFor(By.xpath("//h1[starts-with(text(),'FB 45')]"));
        browser.screenshot("tablet-unit");
        browser.waitFor(By.xpath("//a[contains(@class,'qs-profile-tile')][.//h3[text()='Kinder- und Jugendförderplan']]"))
                .click();
        WebElement card = browser.waitFor(By.cssSelector(".qs-card"));
        List<String> headings = card.findElements(By.cssSelector("h3")).stream().map(WebElement::getText).toList();
        assertThat(headings).extracting(h -> h.toLowerCase(java.util.Locale.GERMAN)).containsExactly("einordnung",
                "grundlage", "raumbezug", "inhalt", "steuerungsinstrumente", "übergeordnete themen");
        assertThat(card.getText()).contains("3. Kinder- und Jugendförderplan der Stadt Aachen 2015 - 2020",
                "erzieherischer Kinder- und Jugendschutz");
        assertThat(browser.pageScrollsHorizontally()).isFalse();
        browser.screenshot("tablet-profile-card");

        browser.open("matrix");
        WebElement cell = browser.waitFor(By.cssSelector(
                "button[aria-label^='FB 45 Kinder, Jugend und Schule – Partizipation']"));
        assertThat(cell.getText()).isEqualTo("2");
        browser.screenshot("tablet-matrix");
        // the column lies beyond the tablet's width: the matrix scrolls sideways inside itself
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", cell);
        cell.click();
        WebElement details = browser.waitFor(By.cssSelector("#cell-details h2"));
        assertThat(details.getText()).isEqualTo("FB 45 Kinder, Jugend und Schule × Partizipation");
        assertThat(browser.driver.findElements(By.cssSelector("#cell-details a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Kinder- und Jugendförderplan", "Freizeitstättenbedarfsplan");
        // the matrix scrolls inside itself, never the page
        assertThat(browser.pageScrollsHorizontally()).isFalse();
        browser.screenshot("tablet-matrix-cell");

        // on a portrait tablet the drawer opens over the page; logging out returns to the login page
        browser.waitFor(By.cssSelector("vaadin-drawer-toggle")).click();
        browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Abmelden']")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.open("matrix");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void onAWideScreenTheCardKeepsTheThreeColumnGridOfThePaper() {
        browser.close();
        browser = new Browser("http://localhost:" + port, 1366, 900);
        browser.login("planung", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[text()='FB 56']")).click();
        browser.waitFor(By.xpath("//a[contains(@class,'qs-profile-tile')][.//h3[text()='Sozialentwicklungsplan']]"))
                .click();
        WebElement identity = browser.waitFor(By.cssSelector(".qs-card-identity"));
        WebElement einordnung = browser.driver.findElement(By.cssSelector(".qs-cell-einordnung"));
        WebElement grundlage = browser.driver.findElement(By.cssSelector(".qs-cell-grundlage"));
        WebElement period = browser.driver.findElement(By.cssSelector(".qs-card-period"));
        WebElement steuerung = browser.driver.findElement(By.cssSelector(".qs-cell-steuerung"));
        // title | Einordnung | Grundlage on one row, the Zeitraum beside Steuerungsinstrumente on the last
        assertThat(einordnung.getLocation().getY()).isEqualTo(identity.getLocation().getY());
        assertThat(grundlage.getLocation().getY()).isEqualTo(identity.getLocation().getY());
        assertThat(grundlage.getLocation().getX()).isGreaterThan(einordnung.getLocation().getX());
        assertThat(period.getLocation().getY()).isEqualTo(steuerung.getLocation().getY());
        assertThat(steuerung.getText()).contains("Quartiersmanagement");
        browser.screenshot("wide-profile-card");
    }

    @Test
    void theLanguageChoiceSwitchesTheTextsAndIsRemembered() {
        browser.open("login");
        browser.waitFor(By.xpath("//h2[text()='Demo-Zugänge']"));
        browser.waitFor(By.xpath("//vaadin-button[normalize-space()='English']")).click();
        browser.waitFor(By.xpath("//h2[text()='Demo accounts']"));
        browser.driver.navigate().refresh();
        browser.waitFor(By.xpath("//h2[text()='Demo accounts']"));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.login("planung", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisational units']"));
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAMessage() {
        browser.login("planung", "falsch");
        browser.wait.until(ExpectedConditions.urlContains("error"));
        WebElement form = browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(form.getAttribute("error")).isNotNull();
        assertThat((String) browser.script("return document.body.innerText")).doesNotContain("Organisationseinheiten");
        browser.screenshot("tablet-login-error");
    }
}
