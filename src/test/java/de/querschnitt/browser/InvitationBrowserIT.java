package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The planner invites a person of FB 45 on "Zugänge" (tablet), copies the link; the person opens it in a
 * browser of their own (phone), sets a password, logs in and is in their unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvitationBrowserIT {

    @LocalServerPort
    int port;

    Browser planner;
    Browser person;

    @BeforeEach
    void start() {
        planner = new Browser("http://localhost:" + port, 768, 1024);
    }

    @AfterEach
    void stop() {
        planner.close();
        if (person != null) {
            person.close();
        }
    }

    @Test
    void thePlannerInvitesAnFb45PersonWhoSetsAPasswordAndLogsIntoTheirUnit() {
        planner.login("planung", "demo");
        planner.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        planner.waitFor(By.cssSelector("vaadin-drawer-toggle")).click();
        planner.waitFor(By.xpath("//vaadin-side-nav-item[normalize-space()='Zugänge']")).click();
        planner.waitFor(By.xpath("//h1[text()='Zugänge']"));
        planner.waitFor(By.xpath("//vaadin-grid-cell-content//span[text()='aktiv']"));
        assertThat(planner.pageScrollsHorizontally()).isFalse();
        planner.screenshot("accounts-tablet");

        planner.waitFor(By.id("accounts-invite")).click();
        WebElement name = planner.waitFor(By.cssSelector("#invite-name input"));
        name.sendKeys("Erika Muster", Keys.TAB);
        planner.wait.until(d -> "erika.muster".equals(
                d.findElement(By.cssSelector("#invite-username input")).getAttribute("value")));
        WebElement unit = planner.waitFor(By.cssSelector("#invite-unit input"));
        unit.click();
        unit.sendKeys("FB 45");
        planner.waitFor(By.xpath("//vaadin-combo-box-item[contains(normalize-space(),'FB 45 Kinder, Jugend und Schule')]"))
                .click();
        assertButtonsAreTouchSized(planner, "#invite-create", "#invite-cancel");
        planner.screenshot("accounts-invite-dialog");
        planner.waitFor(By.id("invite-create")).click();

        String url = planner.waitFor(By.cssSelector("#invitation-link input")).getAttribute("value");
        assertThat(url).matches("http://localhost:" + port + "/einladung/[A-Za-z0-9_-]{43}");
        assertThat(planner.waitFor(By.id("invitation-valid")).getText()).matches("Gültig bis \\d\\d\\.\\d\\d\\.\\d{4}");
        planner.waitFor(By.id("invitation-copy")).click();
        planner.wait.until(d -> !d.findElement(By.id("invitation-copied")).getText().isBlank());
        assertThat(planner.driver.findElement(By.id("invitation-copied")).getText()).isEqualTo("Link kopiert");
        assertButtonsAreTouchSized(planner, "#invitation-copy", "#invitation-done");
        planner.screenshot("accounts-invitation-link");
        planner.waitFor(By.id("invitation-done")).click();
        planner.waitFor(By.xpath("//vaadin-grid-cell-content//span[starts-with(text(),'eingeladen – Link gültig bis ')]"));

        // the list on a phone: nothing scrolls sideways
        planner.driver.manage().window().setSize(new Dimension(390, 844));
        planner.waitFor(By.xpath("//h1[text()='Zugänge']"));
        assertThat(planner.pageScrollsHorizontally()).isFalse();
        planner.screenshot("accounts-phone");
        planner.waitFor(By.id("accounts-invite")).click();
        WebElement dialogName = planner.waitFor(By.cssSelector("#invite-name input"));
        assertThat(dialogName.getRect().getX() + dialogName.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(planner.waitFor(By.id("invite-create")).getRect().getX()
                + planner.driver.findElement(By.id("invite-create")).getRect().getWidth()).isLessThanOrEqualTo(390);
        planner.screenshot("accounts-invite-dialog-phone");
        planner.waitFor(By.id("invite-cancel")).click();

        // the person, in a browser of their own on a phone
        person = new Browser("http://localhost:" + port, 390, 844);
        person.driver.get(url);
        person.waitFor(By.xpath("//p[@id='invitation-message'][contains(text(),'Erika Muster')]"));
        var fields = person.driver.findElements(By.cssSelector("vaadin-password-field input"));
        fields.get(0).sendKeys("Herbst am Tivoli 2026");
        fields.get(1).sendKeys("Herbst am Tivoli 2026");
        person.waitFor(By.xpath("//vaadin-button[normalize-space()='Passwort speichern']")).click();
        person.waitFor(By.xpath("//p[@id='invitation-message'][contains(text(),'Passwort ist gespeichert')]"));
        person.waitFor(By.id("to-login")).click();
        person.login("erika.muster", "Herbst am Tivoli 2026");
        person.waitFor(By.xpath("//h1[text()='Meine Einträge']"));
        person.waitFor(By.xpath("//p[contains(text(),'FB 45 Kinder, Jugend und Schule')]"));
        assertThat(person.pageScrollsHorizontally()).isFalse();
        person.screenshot("invited-person-logged-in");

        // the planner sees the person as active now; the used link does not work a second time
        planner.driver.navigate().refresh();
        planner.waitFor(By.xpath("//vaadin-grid-cell-content[.//span[text()='Erika Muster']]"));
        assertThat(planner.driver.findElements(By.xpath(
                "//vaadin-grid-cell-content//span[starts-with(text(),'eingeladen')]"))).isEmpty();
        person.driver.manage().deleteAllCookies();
        person.driver.get(url);
        person.waitFor(By.xpath("//p[@id='invitation-message'][contains(text(),'bereits benutzt')]"));

        // the unit's page lists the person for the planner, with the button to invite the next one
        planner.driver.manage().window().setSize(new Dimension(768, 1024));
        planner.open("");
        planner.waitFor(By.xpath("//vaadin-grid-cell-content[text()='FB 45']")).click();
        WebElement accounts = planner.waitFor(By.id("unit-accounts"));
        planner.script("arguments[0].scrollIntoView({block: 'center'});", accounts);
        assertThat(accounts.getText()).contains("Erika Muster", "aktiv", "Person der Einheit einladen");
        assertButtonsAreTouchSized(planner, "#unit-invite");
        planner.screenshot("unit-accounts");
    }

    private static void assertButtonsAreTouchSized(Browser browser, String... selectors) {
        for (String selector : selectors) {
            var size = browser.waitFor(By.cssSelector(selector)).getSize();
            assertThat(size.getHeight()).as(selector + " height").isGreaterThanOrEqualTo(44);
            assertThat(size.getWidth()).as(selector + " width").isGreaterThanOrEqualTo(44);
        }
    }
}
