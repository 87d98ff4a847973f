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

    /** The field with this label, scrolled into view (the form is long; the field may lie above the fold). */
    private WebElement input(String label) {
        By field = By.xpath("//*[(self::vaadin-text-field or self::vaadin-text-area)][./label[text()='" + label
                + "']]//*[self::input or self::textarea]");
        WebElement element = browser.wait.until(ExpectedConditions.presenceOfElementLocated(field));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
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

    @Test
    void nothingTypedIsLostWhenTheServerIsKilledAndRestartedDuringTheInterview() {
        long interviewId = startInterview("FB 45");
        browser.waitFor(By.id("step-planwerke")).click();
        browser.waitFor(By.id("document-new")).click();
        browser.waitFor(By.cssSelector("#document-title input")).sendKeys("Neustartkonzept");
        browser.waitFor(By.id("document-create")).click();
        browser.waitFor(By.id("profile-form"));
        String formUrl = browser.driver.getCurrentUrl();
        long profileId = Long.parseLong(formUrl.replaceAll("^.*/", ""));
        input("Titel des Dokuments").sendKeys("Vor dem Absturz gespeichert");
        waitUntilSaved();
        WebElement addItem = browser.waitFor(By.cssSelector("#section-inhalt .qs-items-add"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", addItem);
        addItem.click();
        WebElement item = browser.waitFor(By.cssSelector("#section-inhalt .qs-item textarea"));
        browser.wait.until(d -> item.equals(d.switchTo().activeElement()));
        WebElement periodNote = input("Anmerkung zum Zeitraum");

        // typed, and the server dies before the typing pause sends it
        item.sendKeys("Neuer Punkt, nie beim Server angekommen");
        app.kill();
        // the interviewer goes on typing while the server is down
        browser.script("arguments[0].scrollIntoView({block: 'center'});", periodNote);
        periodNote.sendKeys("Getippt, während der Server neu startet");
        waiting(Duration.ofSeconds(30)).until(d -> "lost".equals(connection()));
        assertThat(kept()).containsValues("Neuer Punkt, nie beim Server angekommen",
                "Getippt, während der Server neu startet");
        assertThat(stored("select count(*) from section_item i join section s on s.id = i.section_id"
                + " where s.profile_id = ?", profileId)).isEqualTo("0");
        browser.screenshot("unsent-server-down");

        // a reload while the server is down: the service worker shows the offline page, and the kept text stays
        waiting(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.script("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")));
        browser.driver.navigate().refresh();
        browser.waitFor(By.xpath("//h1[text()='Keine Verbindung zum Server']"));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(formUrl);
        // styled although the server is down: the worker keeps the page's stylesheet too (a finger-sized button)
        assertThat(browser.waitFor(By.id("retry")).getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(kept()).containsValues("Neuer Punkt, nie beim Server angekommen",
                "Getippt, während der Server neu startet");
        browser.screenshot("unsent-offline-page");

        app.start();
        // "Erneut versuchen" loads the form's address again
        browser.driver.findElement(By.id("retry")).click();
        // the page reloads by itself once the server answers; the new server asks for a login
        waiting(Duration.ofMinutes(3)).until(d ->
                !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty()
                        || !d.findElements(By.id("profile-form")).isEmpty() && "connected".equals(connection()));
        browser.screenshot("unsent-after-restart");
        loginAgainIfAsked();
        // back on the same form, what the browser kept is saved
        browser.waitFor(By.id("profile-form"));
        // Spring Security returns to the saved request, marked "?continue"
        assertThat(browser.driver.getCurrentUrl()).startsWith(formUrl);
        waiting(Duration.ofSeconds(60)).until(d -> kept().isEmpty());
        assertThat(stored("select period_note from profile where id = ?", profileId))
                .isEqualTo("Getippt, während der Server neu startet");
        assertThat(stored("select i.text from section_item i join section s on s.id = i.section_id"
                + " where s.profile_id = ?", profileId)).isEqualTo("Neuer Punkt, nie beim Server angekommen");
        assertThat(stored("select document_title from profile where id = ?", profileId))
                .isEqualTo("Vor dem Absturz gespeichert");
        browser.screenshot("unsent-saved-after-restart");
    }

    /**
     * After a restart the page reloads itself, maybe more than once (Vaadin's reload on the lost session, then the
     * redirect to the login): a login typed into a page that reloads meanwhile is lost, so the person (and this
     * test) simply logs in again until the form is back.
     */
    private void loginAgainIfAsked() {
        By username = By.cssSelector("vaadin-login-form input[name='username']");
        for (int attempt = 0; attempt < 4 && browser.driver.findElements(By.id("profile-form")).isEmpty(); attempt++) {
            if (!browser.driver.findElements(username).isEmpty()) {
                // let the login page settle: no reload may follow while the form is filled in
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                try {
                    WebElement user = browser.waitFor(username);
                    user.clear();
                    user.sendKeys("interview");
                    WebElement password = browser.driver.findElement(
                            By.cssSelector("vaadin-login-form input[name='password']"));
                    password.clear();
                    password.sendKeys("demo");
                    browser.driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
                } catch (org.openqa.selenium.StaleElementReferenceException reloaded) {
                    // the page reloaded under the typing: try again on the new one
                }
            }
            try {
                // the form, or a refused login (the page lost the typed name in a reload) to try again
                waiting(Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("profile-form")).isEmpty()
                        || d.getCurrentUrl().contains("login?error") && !d.findElements(username).isEmpty());
            } catch (org.openqa.selenium.TimeoutException e) {
                // checked by the loop's condition and the assertions that follow
            }
        }
    }
}
