package de.querschnitt.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium with the system's chromedriver: nothing downloads a browser
 * or a driver. Paths come from the system properties {@code chromium.binary} and {@code chromedriver.binary}.
 */
public final class Browser implements AutoCloseable {

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final String baseUrl;

    public Browser(String baseUrl, int width, int height) {
        this.baseUrl = baseUrl;
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=de-DE", "--window-size=" + width + "," + height);
        // the page's console (CSP violations among it) for consoleMessages()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        // the first page load of dev mode can take a while on a cold machine
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    public void open(String path) {
        driver.get(baseUrl + "/" + path);
    }

    public void login(String username, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether the page itself scrolls sideways (it must not on a tablet). */
    boolean pageScrollsHorizontally() {
        // the page itself, and the view inside the app layout's own scroll area (which the page does not see)
        return (Boolean) script("""
                const page = document.documentElement.scrollWidth > window.innerWidth + 1;
                const view = document.querySelector('.qs-page');
                return page || (view !== null && view.scrollWidth > view.clientWidth + 1);""");
    }

    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Emulates a touch device's viewport of exactly this size (the window's own size includes no scrollbars
     * then, as on a tablet or phone).
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height",
                height, "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true,
                "maxTouchPoints", 5));
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** What the page wrote to the console since the last call (errors, warnings, CSP violations). */
    java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }
}
