package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.interview.InterviewService;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A sample of the hostile URLs of {@code HostileUrlTest} over real HTTP against the running application: raw
 * requests (not logged in) get a redirect to the login page or a client error, never a server error or a stack
 * trace; logged in, real Chromium shows the view or "Nicht gefunden", never an exception page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileUrlBrowserIT {

    /** Raw paths and queries, as an attacker would type them (already URL-encoded where needed). */
    static final List<String> PATHS = List.of("einheiten/-1", "einheiten/9223372036854775808", "einheiten/1e3",
            "einheiten/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "profile/2147483648/bearbeiten", "profile/%00",
            "profile/..%2F..%2Fetc%2Fpasswd", "interviews?einheit=9999999999999", "interviews?einheit=%27%20OR%201%3D1",
            "interviews/1/%22%3E%3Csvg%20onload%3Dalert(1)%3E/-5", "zugaenge?einheit=%E2%80%AE1", "matrix?erhebung=%FF%FE",
            "einladung/%2e%2e%2f%2e%2e%2f", "einladung/" + "A".repeat(3000), "login?error=%3Cb%3E",
            "%F0%9F%98%80", "..%2F..%2F..%2Fetc%2Fpasswd", "begriffe/%0d%0aSet-Cookie:%20x=1");

    @LocalServerPort
    int port;

    @Autowired
    SurveyRoundService rounds;
    @Autowired
    UnitService units;
    @Autowired
    InterviewService interviews;
    @Autowired
    DataSource dataSource;

    /** An interview that exists (Theater's: no other browser test interviews it), for its hostile step and profile. */
    TestInterview interview;

    @BeforeEach
    void anInterviewExists() {
        interview = SystemAuthentication.call(() -> TestInterview.of(interviews, rounds.current().orElseThrow().id(),
                units.findByCode("Theater").orElseThrow().id(), dataSource));
    }

    @AfterEach
    void removeTheStartedInterview() {
        interview.close();
    }

    @Test
    void rawRequestsNeverGetAServerError() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        for (String path : PATHS) {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 500 || response.body().contains("Exception") || response.body().contains("\tat ")) {
                failures.add(path + " → " + status + ": " + response.body().lines().limit(3).toList());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void loggedInTheBrowserShowsTheViewOrNotFound() {
        try (var browser = new Browser("http://localhost:" + port, 1024, 768)) {
            browser.login("planung", "demo");
            browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
            List<String> failures = new ArrayList<>();
            List<String> paths = new ArrayList<>(PATHS.subList(0, 13));
            // the hostile step and profile of an interview that exists: the view must still show a page
            paths.add("interviews/" + interview.id() + "/%22%3E%3Csvg%20onload%3Dalert(1)%3E/-5");
            paths.add("interviews/" + interview.id() + "/planwerke/%3Cscript%3E");
            paths.add("interviews/" + interview.id() + "/planwerke/99999999999");
            for (String path : paths) {
                browser.open(path);
                try {
                    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                            org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                                    By.tagName("h1")));
                } catch (org.openqa.selenium.TimeoutException e) {
                    browser.screenshot("hostile-url-no-heading");
                    failures.add(path + ": no heading; at " + browser.driver.getCurrentUrl() + " titled '"
                            + browser.driver.getTitle() + "': "
                            + browser.driver.findElement(By.tagName("body")).getText().lines().limit(3).toList());
                    continue;
                }
                String text = browser.driver.findElement(By.tagName("body")).getText();
                if (text.contains("Exception") || text.contains("Internal error") || text.contains("Stacktrace")) {
                    failures.add(path + ": " + text.lines().limit(3).toList());
                }
                // no payload became an element (the only scripts with an address: Vaadin's and our unsent-text store)
                assertThat(browser.driver.findElements(By.cssSelector(
                        "svg[onload], script[src]:not([src*='VAADIN']):not([src$='scripts/unsent-text.js'])")))
                        .isEmpty();
            }
            browser.screenshot("hostile-url-last");
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void loggedInAnAddressNoViewAnswersToShowsNotFoundInTheApplication() {
        try (var browser = new Browser("http://localhost:" + port, 1024, 768)) {
            browser.login("fb45", "demo");
            browser.waitFor(By.cssSelector("vaadin-app-layout"));
            for (String path : List.of("gibt-es-nicht", "einheiten/1/2/3", "%F0%9F%98%80", "profile")) {
                browser.open(path);
                // the application's own page in its frame, not the browser's error page for an empty refusal
                assertThat(browser.waitFor(By.cssSelector("vaadin-app-layout .qs-not-found h1")).getText()).as(path)
                        .isEqualTo("Nicht gefunden");
            }
            browser.screenshot("hostile-url-unknown-address");
            // refused before any view (Spring Security's firewall): the application's German error page
            browser.open("begriffe/%0d%0aSet-Cookie:%20x=1");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Diese Adresse ist ungültig");
            var start = browser.driver.findElement(By.linkText("Zur Startseite"));
            assertThat(start.getAttribute("href")).isEqualTo("http://localhost:" + port + "/");
            // with the pages' shared stylesheet: a button-sized link for a finger
            assertThat(start.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        }
    }
}
