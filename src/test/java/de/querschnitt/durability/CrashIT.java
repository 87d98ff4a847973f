package de.querschnitt.durability;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.browser.Browser;
import de.querschnitt.browser.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The crash test of issue 8: the application runs as a child JVM; this test drives autosaves through the real
 * questionnaire in headless Chromium (the planner types a new "Anmerkung zum Zeitraum" and leaves the field) and
 * kills the server with SIGKILL at a random moment while it types, {@code crash.kills} times (default 50),
 * restarting it each time. A save counts as acknowledged only once the page's save state shows "gespeichert"
 * for exactly that value, which the server sets after the service call returned, i.e. after the commit.
 * After every kill and at the end, {@code PRAGMA integrity_check} is ok and every acknowledged value is among
 * the profile's revisions; the field holds the last acknowledged value or a later one that was in flight.
 *
 * <p>Numbers (kills, acknowledged saves, start-up per restart, run time) go to the console and to
 * {@code target/crash-test/report.txt}.
 */
class CrashIT {

    private static final String FIELD = "//vaadin-text-area[./label[text()='Anmerkung zum Zeitraum']]//textarea";
    private static final Duration SAVE_LIMIT = Duration.ofSeconds(30);

    @Test
    void everyAcknowledgedAutosaveSurvivesFiftySigkillsOfTheServer() throws Exception {
        int kills = Integer.getInteger("crash.kills", 50);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        var random = new Random(seed);
        Path work = Path.of("target", "crash-test").toAbsolutePath();
        Path dataDir = work.resolve("data-" + System.currentTimeMillis());
        Path database = dataDir.resolve("querschnitt.db");
        long testStarted = System.nanoTime();

        List<String> acknowledged = new ArrayList<>();
        List<String> attempted = new ArrayList<>();
        List<Duration> startups = new ArrayList<>();
        List<Integer> inFlightAtKill = new ArrayList<>();
        var killer = Executors.newSingleThreadScheduledExecutor();
        // one port and one data folder for every restart: the open page reconnects to the new process
        RunningApp app = new RunningApp(dataDir, work.resolve("app.log")).start();
        startups.add(app.startup());
        long profileId;
        try (var browser = new Browser(app.url(), 1280, 900)) {
            profileId = Databases.demoProfile(database);
            for (int kill = 1; kill <= kills; kill++) {
                openTheForm(browser, profileId);
                var killed = new AtomicBoolean();
                int saves = 0;
                // the first save of each run is confirmed while the server surely runs
                String first = "Absturztest " + kill + "." + (++saves) + " " + Long.toString(random.nextLong(), 36);
                attempted.add(first);
                assertThat(typeAndAwaitConfirmation(browser, first, killed)).as("first save of run %d", kill).isTrue();
                acknowledged.add(first);
                // then the kill comes at a random moment while the typing and saving go on
                long delay = random.nextInt(2000);
                var scheduled = killer.schedule(() -> {
                    app.kill();
                    killed.set(true);
                }, delay, TimeUnit.MILLISECONDS);
                boolean confirmed = true;
                while (!killed.get()) {
                    String value = "Absturztest " + kill + "." + (++saves) + " " + Long.toString(random.nextLong(), 36);
                    attempted.add(value);
                    confirmed = typeAndAwaitConfirmation(browser, value, killed);
                    if (confirmed) {
                        acknowledged.add(value);
                    } else {
                        assertThat(killed.get()).as("save of '%s' confirmed while the server ran", value).isTrue();
                    }
                }
                scheduled.get(60, TimeUnit.SECONDS);
                inFlightAtKill.add(confirmed ? 0 : 1);
                assertSoundAndComplete(database, profileId, acknowledged, attempted);
                app.start();
                startups.add(app.startup());
            }
            // the last restart serves the last value
            openTheForm(browser, profileId);
            String shown = browser.waitFor(By.xpath(FIELD)).getDomProperty("value");
            assertThat(attempted.subList(attempted.indexOf(acknowledged.getLast()), attempted.size())).contains(shown);
        } finally {
            killer.shutdownNow();
            app.stop();
        }
        assertSoundAndComplete(database, profileId, acknowledged, attempted);

        Duration total = Duration.ofNanos(System.nanoTime() - testStarted);
        var restarts = startups.subList(1, startups.size());
        String report = String.format(java.util.Locale.ROOT, """
                crash test (seed %d)
                SIGKILLs: %d, each followed by a restart
                saves attempted: %d, acknowledged and checked: %d, kills during an unconfirmed save: %d
                first start-up (empty folder, demo data): %.1f s
                start-up per restart: min %.1f s, median %.1f s, max %.1f s, mean %.1f s
                run time: %.1f min
                """, seed, kills, attempted.size(), acknowledged.size(),
                inFlightAtKill.stream().mapToInt(Integer::intValue).sum(), seconds(startups.getFirst()),
                seconds(restarts.stream().min(Duration::compareTo).orElseThrow()), seconds(median(restarts)),
                seconds(restarts.stream().max(Duration::compareTo).orElseThrow()),
                restarts.stream().mapToDouble(CrashIT::seconds).average().orElseThrow(), total.toMillis() / 60_000.0);
        System.out.println(report);
        Files.writeString(work.resolve("report.txt"), report);
        Files.write(work.resolve("acknowledged.txt"), acknowledged);
    }

    private static void openTheForm(Browser browser, long profileId) {
        // the session died with the server: log in again, then back to the questionnaire
        browser.login("planung", "demo");
        browser.waitFor(By.cssSelector("vaadin-app-layout"));
        // text the page kept in the browser when the server died (issue 7, proven by UnsentTextBrowserIT) would be
        // offered again on opening the form, maybe as a conflict with the save that landed unconfirmed: this test
        // is about what the server acknowledged, so every run starts from the server's state
        browser.script("localStorage.clear();");
        browser.open("profile/" + profileId + "/bearbeiten");
        browser.waitFor(By.xpath(FIELD));
        browser.waitFor(By.id("qs-save-state"));
    }

    /**
     * Replaces the field's text with {@code value}, leaves the field (which sends it at once) and waits until
     * the page's save state says saved for this value. Typing switches the state to "saving" in the browser;
     * only the server's answer after the save switches it back.
     */
    private static boolean typeAndAwaitConfirmation(Browser browser, String value, AtomicBoolean killed) {
        try {
            WebElement field = browser.driver.findElement(By.xpath(FIELD));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
            var wait = new WebDriverWait(browser.driver, SAVE_LIMIT, Duration.ofMillis(20));
            return wait.until(driver -> {
                Object confirmed = browser.script("""
                        const state = document.getElementById('qs-save-state');
                        return state !== null && state.dataset.state === 'saved' && arguments[0].value === arguments[1];""",
                        field, value);
                if (Boolean.TRUE.equals(confirmed)) {
                    return Boolean.TRUE;
                }
                return killed.get() ? Boolean.FALSE : null;
            });
        } catch (WebDriverException e) {
            if (killed.get()) {
                return false;
            }
            throw e;
        }
    }

    private static void assertSoundAndComplete(Path database, long profileId, List<String> acknowledged,
            List<String> attempted) throws SQLException {
        try (Connection connection = Databases.readOnly(database)) {
            try (var rows = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
                List<String> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
                assertThat(result).containsExactly("ok");
            }
            Set<String> revised = new HashSet<>();
            try (var query = connection.prepareStatement(
                    "SELECT new_value FROM revision WHERE profile_id = ? AND new_value LIKE 'Absturztest %'")) {
                query.setLong(1, profileId);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        revised.add(rows.getString(1));
                    }
                }
            }
            assertThat(revised).as("acknowledged saves in the revisions").containsAll(acknowledged);
            try (var query = connection.prepareStatement("SELECT period_note FROM profile WHERE id = ?")) {
                query.setLong(1, profileId);
                try (var rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    String stored = rows.getString(1);
                    if (!acknowledged.isEmpty()) {
                        // the last confirmed value, or one typed after it whose save was on its way at the kill
                        assertThat(attempted.subList(attempted.indexOf(acknowledged.getLast()), attempted.size()))
                                .contains(stored);
                    }
                }
            }
        }
    }

    private static Duration median(List<Duration> durations) {
        var sorted = durations.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
