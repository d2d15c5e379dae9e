package org.laborbridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, so no browser is downloaded.
 * Screenshots go to {@code target/screenshots} for people to look at after a run.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port, Dimension size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("laborbridge.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        // A Chinese bureau's browsers ask for Simplified Chinese first.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("laborbridge.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        return new Browser(driver, "http://localhost:" + port);
    }

    public Browser get(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Clicks once the element can be clicked, finding it again if the page replaced it meanwhile. */
    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(browser -> {
                    WebElement element =
                            ExpectedConditions.elementToBeClickable(by).apply(browser);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** Clicks something that loads a new page, and waits until the new one has loaded. */
    public void clickAndLoad(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(browser -> isGone(page));
        wait.until(browser -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element has left the document. Chromium sometimes reports that as
     * "does not belong to the document" instead of a stale element; both mean the page changed.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException other) {
            if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw other;
        }
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** Brings an element to the middle of the window at once: Bootstrap's smooth scrolling would still be moving it when clicked. */
    public Browser scrollTo(By by) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", find(by));
        return this;
    }

    /** Waits for text that arrives later, e.g. from an htmx swap, and returns the element's whole text. */
    public String waitForText(By by, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return text(by);
    }

    /** Waits until a field holds the expected value, e.g. one proposed by the server. */
    public String waitForValue(By by, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(by, "value", expected));
        return find(by).getDomProperty("value");
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String title() {
        return driver.getTitle();
    }

    /** The laid-out width of the page; wider than the window means sideways scrolling. */
    public int pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
    }

    public WebDriver driver() {
        return driver;
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
