package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Security hardening in a real browser: the application works under its Content-Security-Policy (the console
 * shows no violation), the Vaadin pages carry the security headers, and when the planner disables an account
 * the page that person has open is sent to the login page at once by push, without any click of theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityBrowserIT {

    @LocalServerPort
    int port;

    final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void stop() {
        browsers.forEach(Browser::close);
    }

    private Browser browser() {
        var browser = new Browser("http://localhost:" + port, 1024, 768);
        browsers.add(browser);
        return browser;
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theRunningVaadinServletClosesIdleSessionsDespiteHeartbeats() {
        var configurations = context.getBeansOfType(org.springframework.boot.web.servlet.ServletRegistrationBean.class)
                .values().stream().map(org.springframework.boot.web.servlet.ServletRegistrationBean::getServlet)
                .filter(com.vaadin.flow.server.VaadinServlet.class::isInstance)
                .map(servlet -> ((com.vaadin.flow.server.VaadinServlet) servlet).getService()
                        .getDeploymentConfiguration())
                .toList();
        assertThat(configurations).isNotEmpty().allSatisfy(configuration -> {
            assertThat(configuration.isCloseIdleSessions()).isTrue();
            assertThat(configuration.getHeartbeatInterval()).isEqualTo(300);
        });
    }

    @Test
    void aDisabledPersonsOpenPageGoesToTheLoginPageAtOnceAndNothingBreaksTheContentSecurityPolicy() {
        Browser person = browser();
        person.login("fb56", "demo");
        person.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        // (the headers themselves: HardeningHttpTest; on the Vaadin bootstrap page checked with curl, see decision 008)

        Browser planner = browser();
        planner.login("planung", "demo");
        planner.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
        planner.open("zugaenge");
        planner.waitFor(By.xpath("//h1[text()='Zugänge']"));
        planner.screenshot("security-accounts");
        planner.waitFor(By.cssSelector("vaadin-button.qs-account-toggle[data-account='fb56']")).click();
        planner.waitFor(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
        planner.waitFor(By.xpath("//vaadin-grid-cell-content//span[text()='deaktiviert']"));
        planner.screenshot("security-account-disabled");

        // the person did nothing: push took their page to the login page, which says why
        new WebDriverWait(person.driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/login?ended=disabled"));
        assertThat(person.waitFor(By.id("login-notice")).getText())
                .isEqualTo("Ihre Sitzung wurde beendet, weil Ihr Zugang deaktiviert wurde.");
        person.screenshot("security-session-ended");
        // and the old address does not open the application again
        person.open("einheiten");
        person.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(person.driver.getCurrentUrl()).contains("/login");

        // logging in again is refused with its own message
        person.login("fb56", "demo");
        person.wait.until(d -> d.getCurrentUrl().contains("error=disabled"));
        assertThat(person.waitFor(By.cssSelector("vaadin-login-form")).getText()).isNotNull();
        person.screenshot("security-login-disabled");

        for (Browser browser : browsers) {
            assertThat(browser.consoleMessages()).as("console of a page under the CSP")
                    .noneMatch(message -> message.contains("Content Security Policy")
                            || message.contains("Content-Security-Policy"));
        }
    }
}
