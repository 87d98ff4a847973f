package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The planner uploads an accounts file in real Chromium (the one path browserless tests cannot take: the
 * upload request), imports it, and the new person sets a password through the invitation link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExchangeBrowserIT {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

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
    void thePlannerImportsAccountsAndTheInvitedPersonSetsAPasswordAndLogsIn() throws Exception {
        browser.login("planung", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        browser.open("austausch");
        browser.waitFor(By.xpath("//h1[text()='Daten austauschen']"));
        assertThat(browser.waitFor(By.id("export-profiles")).getAttribute("href")).isNotBlank();
        assertThat(browser.pageScrollsHorizontally()).isFalse();
        browser.screenshot("exchange-export");

        // a file saved in the wrong encoding: the problem is listed, nothing offered for import
        WebElement accounts = browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space()='Konten']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", accounts);
        accounts.click();
        upload(Files.write(dir.resolve("konten-latin1.csv"), ("Benutzername;Anzeigename;Rolle;Einheit\r\n"
                + "jörg;Jörg Müller;READER;\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(text(),'nicht UTF-8-kodiert')]"));
        browser.screenshot("exchange-import-error");

        upload(Files.writeString(dir.resolve("konten.csv"), "\uFEFFBenutzername;Anzeigename;Rolle;Einheit\r\n"
                + "eva.neu;Eva Neu;Fachbereich;FB 56\r\ngast;Gast (Demo);READER;\r\n", StandardCharsets.UTF_8));
        browser.waitFor(By.xpath("//p[@id='import-summary'][contains(text(),'1 neu, 0 geändert, 1 unverändert')]"));
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[text()='eva.neu (Eva Neu)']"));
        browser.screenshot("exchange-import-preview");

        browser.waitFor(By.id("import-confirm")).click();
        WebElement link = browser.waitFor(By.cssSelector("vaadin-text-field.qs-invitation-link input"));
        String url = link.getAttribute("value");
        assertThat(url).startsWith("http://localhost:" + port + "/einladung/");
        browser.screenshot("exchange-import-done");

        browser.driver.manage().deleteAllCookies();
        browser.driver.get(url);
        browser.waitFor(By.xpath("//p[@id='invitation-message'][contains(text(),'Eva Neu')]"));
        var fields = browser.driver.findElements(By.cssSelector("vaadin-password-field input"));
        fields.get(0).sendKeys("Sommer im Park 2026");
        fields.get(1).sendKeys("Sommer im Park 2026");
        browser.screenshot("invitation-form");
        browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Passwort speichern']")).click();
        browser.waitFor(By.xpath("//p[@id='invitation-message'][contains(text(),'Passwort ist gespeichert')]"));
        browser.screenshot("invitation-done");

        browser.waitFor(By.id("to-login")).click();
        browser.login("eva.neu", "Sommer im Park 2026");
        // a department account lands on its own unit's entries
        browser.waitFor(By.xpath("//h1[text()='Meine Einträge']"));
        browser.waitFor(By.xpath("//p[starts-with(text(),'FB 56')]"));
    }

    private void upload(Path file) {
        WebElement upload = browser.waitFor(By.cssSelector("vaadin-upload"));
        WebElement input = (WebElement) browser.script(
                "const u = arguments[0]; return u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
