package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A bad connection loses nothing, in real Chromium at tablet size against the application in its own JVM:
 * text typed while the network is gone is saved when it comes back; text typed just before the server is
 * killed, and while it restarts, is saved after the restart (and a new login); the page never ends on a
 * dead "session expired" banner.
 */
class UnsentTextBrowserIT {

    static RunningApp app;
    Browser browser;

    @BeforeAll
    static void startServer() {
        app = new RunningApp().start();
    }

    @AfterAll
    static void stopServer() {
        app.close();
    }

    @BeforeEach
    void openBrowser() {
        if (!app.running()) {
            app.start();
        }
        browser = new Browser(app.url(), 768, 1024);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private WebElement input(String label) {
        return browser.waitFor(By.xpath("//*[(self::vaadin-text-field or self::vaadin-text-area)][./label[text()='"
                + label + "']]//*[self::input or self::textarea]"));
    }

    private void waitUntilSaved() {
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("qs-save-state"), "data-state", "saved"));
    }

    private String connection() {
        return browser.driver.findElement(By.id("qs-connection")).getDomAttribute("data-state");
    }

    /** Texts this browser still keeps for the server, by storage key. */
    @SuppressWarnings("unchecked")
    private Map<String, String> kept() {
        return (Map<String, String>) browser.script("""
                const kept = {};
                for (let i = 0; i < localStorage.length; i++) {
                  const key = localStorage.key(i);
                  if (key.startsWith('qs-unsent:')) { kept[key] = JSON.parse(localStorage.getItem(key)).text; }
                }
                return kept;""");
    }

    /** What the page shows and keeps, for the message of a failing wait. */
    private String diagnosis() {
        try {
            return browser.driver.getCurrentUrl() + " " + browser.script("""
                    const c = document.getElementById('qs-connection');
                    return JSON.stringify({vaadin: window.Vaadin && window.Vaadin.connectionState
                      && window.Vaadin.connectionState.state, shown: c && c.dataset.state, online: navigator.onLine,
                      script: !!window.QsUnsent, body: document.body.innerText.slice(0, 300)});""");
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private WebDriverWait waiting(Duration timeout) {
        var wait = new WebDriverWait(browser.driver, timeout);
        wait.withMessage(this::diagnosis);
        return wait;
    }

    private void offline(boolean offline) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private long startInterview(String unit) {
        browser.login("interview", "demo");
        waiting(Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h1[text()='Organisationseinheiten']")));
        browser.open("interviews");
        browser.waitFor(By.id("interview-start")).click();
        browser.waitFor(By.cssSelector("#interview-unit input")).sendKeys(unit);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(.,'" + unit + "')]")).click();
        browser.waitFor(By.id("interview-start-ok")).click();
        browser.waitFor(By.xpath("//h3[@id='step-heading'][text()='Stammdaten']"));
        String path = browser.driver.getCurrentUrl().replaceAll("^.*/interviews/", "");
        return Long.parseLong(path.split("/")[0]);
    }

    private String stored(String sql, Object... args) {
        return app.query(sql, args);
    }

    @Test
    void textTypedWhileTheNetworkIsGoneIsSavedWhenItComesBack() {
        long interviewId = startInterview("FB 32");
        input("Ort").sendKeys("Rathaus");
        waitUntilSaved();
        assertThat(connection()).isEqualTo("connected");

        offline(true);
        input("Notizen zum Gespräch").sendKeys("Offline getippt: Bedarf an Kita-Plätzen");
        // Vaadin tries to send after the typing pause and notices that the network is gone
        waiting(Duration.ofSeconds(30)).until(d -> "lost".equals(connection()));
        assertThat(browser.driver.findElement(By.id("qs-connection")).getText())
                .isEqualTo("Keine Verbindung – Eingaben bleiben auf diesem Gerät gespeichert");
        assertThat(kept()).containsValue("Offline getippt: Bedarf an Kita-Plätzen");
        assertThat(stored("select notes from interview where id = ?", interviewId)).isNull();
        browser.screenshot("unsent-offline");

        offline(false);
        waiting(Duration.ofSeconds(60)).until(d ->
                "Offline getippt: Bedarf an Kita-Plätzen".equals(
                        stored("select notes from interview where id = ?", interviewId)));
        waiting(Duration.ofSeconds(30)).until(d -> "connected".equals(connection()) && kept().isEmpty());
        waitUntilSaved();
        browser.screenshot("unsent-back-online");
    }
}
