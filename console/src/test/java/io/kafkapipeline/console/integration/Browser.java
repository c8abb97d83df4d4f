package io.kafkapipeline.console.integration;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (both by path: no Selenium Manager, no download). On
 * a failed test it saves the page it was on and every page of the console to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable, TestWatcher {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> PAGES = List.of(
            "/",
            "/brokers",
            "/topics",
            "/topics/faker",
            "/groups",
            "/connectors",
            "/dlq",
            "/dlq/faker-dlq",
            "/tables",
            "/tables/fakerdata");

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private volatile String baseUrl;
    private WebDriver driver;

    /** The console the pages come from. */
    Browser at(String url) {
        this.baseUrl = url;
        return this;
    }

    /** The driver, started on first use. */
    synchronized WebDriver driver() {
        if (driver == null) {
            if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
                throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                        + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver");
            }
            createFolder("HOME");
            createFolder("TMPDIR");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }
        return driver;
    }

    /** Chromium writes its profile under $TMPDIR and settings under $HOME: target/ folders (see the pom). */
    private static void createFolder(String variable) {
        String dir = System.getenv(variable);
        if (dir != null) {
            try {
                Files.createDirectories(Path.of(dir));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create " + variable + "=" + dir, e);
            }
        }
    }

    void open(String path) {
        driver().get(baseUrl + path);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver(), Fixtures.PATIENCE, Duration.ofMillis(250));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Screenshots of every page of the console, named {@code <prefix>-<page>.png}. */
    void screenshotEveryPage(String prefix) {
        for (String page : PAGES) {
            open(page);
            screenshot(prefix + (page.equals("/") ? "-flows" : page.replace('/', '-')));
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestMethod().getName();
        try {
            screenshot(name + "-failed-here");
            screenshotEveryPage(name);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
