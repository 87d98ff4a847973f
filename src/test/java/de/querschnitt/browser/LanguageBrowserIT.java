package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The chosen language is remembered: after logout and login, and in a new browser session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser("http://localhost:" + port, 1024, 768);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void englishStaysChosenAfterLogoutAndInANewBrowserSession() {
        browser.open("login");
        browser.waitFor(By.xpath("//vaadin-button[normalize-space()='English']")).click();
        browser.waitFor(By.xpath("//h2[text()='Demo accounts']"));
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

        browser.login("planung", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisational units']"));
        // at 1024 × 768 the button lies below the drawer's fold: the drawer scrolls, as a person would scroll it
        var logout = browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Log out']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", logout);
        logout.click();
        browser.waitFor(By.xpath("//h2[text()='Demo accounts']"));

        // a persistent cookie (about a year), not one that ends with the browser session
        Cookie choice = browser.driver.manage().getCookieNamed("querschnitt-lang");
        assertThat(choice.getValue()).isEqualTo("en");
        assertThat(choice.getExpiry()).isNotNull();
        assertThat(choice.getExpiry().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(360)));

        // a new browser session keeps persistent cookies and drops the session ones
        browser.driver.manage().getCookies().stream().filter(c -> c.getExpiry() == null)
                .forEach(c -> browser.driver.manage().deleteCookie(c));
        browser.open("login");
        browser.waitFor(By.xpath("//h2[text()='Demo accounts']"));
        browser.login("planung", "demo");
        browser.waitFor(By.xpath("//h1[text()='Organisational units']"));
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }
}
