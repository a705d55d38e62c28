package org.septel.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Selenium, with the driver path set so Selenium Manager never tries to
 * download anything. A missing browser fails the test: a skipped journey would prove nothing.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    Browser() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Headless Chromium is needed for the browser journeys: "
                    + "apt-get install -y chromium chromium-driver (expected " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        try {
            profile = Files.createTempDirectory("septel-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Everything the browser holds for the page, including text in attributes and hidden elements. */
    String pageSource() {
        return driver.getPageSource();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            keepEvidence("timeout");
            throw e;
        }
    }

    /** Saves what the browser showed when a step failed, so the failure can be read without re-running it. */
    private void keepEvidence(String name) {
        screenshot("failure-" + name);
        try {
            Files.writeString(SCREENSHOTS.resolve("failure-" + name + ".html"), driver.getPageSource());
        } catch (IOException ignored) {
            // the screenshot is the main evidence
        }
    }

    /** Scrolls the element into view first, as a person would, then clicks it. */
    java.util.List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    void click(By locator) {
        // Present is enough to start: an element scrolled out of Vaadin's scrolling content area counts as hidden.
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException belowTheFold) {
            // A grid row below the grid's own scroll area cannot be scrolled to from outside; a click event on the
            // cell reaches the grid the same way (it is composed, so the grid sees which cell it came from).
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    /** Hands a file to a vaadin-upload, whose file input lives in its shadow root. */
    void upload(By uploadLocator, Path file) {
        WebElement upload = waitFor(uploadLocator);
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Waits until the element exists, visible or not (a grid row scrolled out of view still counts). */
    WebElement waitForPresent(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    void waitForTextGone(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(locator, text)));
    }

    void waitForUrlEnding(String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    /** Sets a Vaadin field's value the way a paste does, firing the events Vaadin listens to. */
    void paste(WebElement vaadinField, String text) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                vaadinField, text);
    }

    void logIn(String baseUrl, String username, String password) {
        open(baseUrl + "/login");
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        waitFor(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        waitFor(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitFor(By.id("current-user"));
    }

    /** A phone-sized window, for the narrow layouts. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
